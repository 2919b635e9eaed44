package io.socialhire.scoring;

import io.socialhire.common.ApiException;
import io.socialhire.engine.DeclaredChannel;
import io.socialhire.engine.ScoringRequest;
import io.socialhire.engine.ScoringResult;
import io.socialhire.platform.Platform;
import io.socialhire.platform.PlatformCatalog;
import io.socialhire.role.RoleMatch;
import io.socialhire.role.RoleService;
import io.socialhire.rubric.RubricRegistry;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Chooses the role profile and rubric version for an answer, resolves declared channels against
 * the catalog, and runs the engine. Stateless; the engine does the scoring.
 */
@ApplicationScoped
public class ScoringService {

    private final RoleService roles;
    private final RubricRegistry rubrics;
    private final PlatformCatalog catalog;
    private final MeterRegistry meters;

    public ScoringService(RoleService roles, RubricRegistry rubrics, PlatformCatalog catalog, MeterRegistry meters) {
        this.roles = roles;
        this.rubrics = rubrics;
        this.catalog = catalog;
        this.meters = meters;
    }

    public ScoringResult score(ScoringInput input) {
        return score(input.answer(), input.roleId(), input.roleTitle(), input.rubric(), declared(input.declaredChannels()));
    }

    /** Scores with channels already known to be catalog ids (a stored candidate's). */
    public ScoringResult score(String answer, String roleId, String roleTitle, RubricSelector rubric,
            List<DeclaredChannel> declared) {
        RoleMatch role = role(roleId, roleTitle);
        String rubricKey = rubric != null ? rubric.key() : role.profile().rubricKey();
        Integer version = rubric != null ? rubric.version() : null;
        long began = System.nanoTime();
        ScoringResult result = rubrics.engine(rubricKey, version)
                .score(new ScoringRequest(answer, role.profile(), declared, role.matchedFrom()));
        record(result, System.nanoTime() - began);
        return result;
    }

    /** Scoring time and the ratings given, per rubric version: a drift in either shows on a dashboard first. */
    private void record(ScoringResult result, long nanos) {
        String rubric = result.rubric() == null ? "none" : result.rubric().key();
        String version = result.rubric() == null ? "none" : String.valueOf(result.rubric().version());
        Timer.builder("socialhire.scoring").description("Time the engine takes to score one answer")
                .tags("rubric", rubric, "version", version).register(meters).record(nanos, TimeUnit.NANOSECONDS);
        Counter.builder("socialhire.scoring.ratings").description("Answers scored, by the rating they got (none: not rated)")
                .tags("rubric", rubric, "version", version, "rating", result.rating() == null ? "none" : result.rating().toString())
                .register(meters).increment();
    }

    RoleMatch role(String roleId, String roleTitle) {
        boolean hasId = roleId != null && !roleId.isBlank();
        boolean hasTitle = roleTitle != null && !roleTitle.isBlank();
        if (hasId && hasTitle) {
            throw ApiException.invalid("roleTitle", "give roleId or roleTitle, not both");
        }
        if (hasId) {
            return roles.byId(roleId.strip());
        }
        return hasTitle ? roles.match(roleTitle) : roles.generic();
    }

    private List<DeclaredChannel> declared(List<DeclaredChannelInput> inputs) {
        if (inputs == null) {
            return List.of();
        }
        List<DeclaredChannel> declared = new ArrayList<>(inputs.size());
        for (int i = 0; i < inputs.size(); i++) {
            DeclaredChannelInput in = inputs.get(i);
            int index = i;
            Platform platform = catalog.resolve(in.platform()).orElseThrow(() -> ApiException.invalid(
                    "declaredChannels[" + index + "].platform", "unknown platform; GET /api/v1/platforms lists them"));
            declared.add(new DeclaredChannel(platform.id(), in.handle(), in.communityName(), in.role(), in.frequency()));
        }
        return declared;
    }
}
