package io.socialhire.engine;

import java.util.List;

/**
 * A role profile: focus categories (catalog category JSON names, e.g. {@code chat_community}) and platforms
 * (catalog ids) feed only the {@code relevant_reach} criterion; {@code keywords} match free-text job titles to the profile.
 */
public record RoleProfile(String id, String title, String rubricKey, List<String> focusCategories,
                          List<String> focusPlatforms, List<String> keywords) {
    /** The id of the profile used when no role applies. */
    public static final String GENERIC_ID = "generic";

    public RoleProfile {
        focusCategories = focusCategories == null ? List.of() : List.copyOf(focusCategories);
        focusPlatforms = focusPlatforms == null ? List.of() : List.copyOf(focusPlatforms);
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
    }
}
