package io.socialhire.integration;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Reading the loosely typed fields ATSs send: ids of ours given back as text, names in parts. */
public final class AtsFields {

    private AtsFields() {
    }

    /** An id an ATS sends back: ours when it is a UUID, else nothing can match it. */
    public static Optional<UUID> uuid(String value) {
        try {
            return value == null ? Optional.empty() : Optional.of(UUID.fromString(value.strip()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The parts of a name that are there, stripped and joined by a space ("" when none is). */
    public static String name(String... parts) {
        List<String> kept = new ArrayList<>();
        for (String p : parts) {
            if (!blank(p)) {
                kept.add(p.strip());
            }
        }
        return String.join(" ", kept);
    }

    public static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
