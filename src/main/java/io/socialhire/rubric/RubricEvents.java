package io.socialhire.rubric;

import io.socialhire.event.DomainEvent;
import java.util.List;

/** What happens to rubrics, as domain events. */
public final class RubricEvents {

    private RubricEvents() {
    }

    /** A new version of a rubric was stored; versions are immutable, so this is the only change they see. */
    public record VersionPublished(String key, int version) implements DomainEvent {
        @Override
        public Audit audit() {
            return new Audit("rubric_version.published", "rubric_version", key + ":" + version, List.of("definition"));
        }
    }
}
