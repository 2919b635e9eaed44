package io.socialhire.engine;

/**
 * A channel the candidate declared on their profile, already resolved to a catalog platform id by the caller.
 * Every field except {@code platformId} may be null.
 */
public record DeclaredChannel(String platformId, String handle, String communityName, String role, String frequency) {
    public DeclaredChannel {
        if (platformId == null || platformId.isBlank()) {
            throw new IllegalArgumentException("platformId is required");
        }
    }

    public static DeclaredChannel of(String platformId) {
        return new DeclaredChannel(platformId, null, null, null, null);
    }
}
