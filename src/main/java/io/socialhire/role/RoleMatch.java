package io.socialhire.role;

import io.socialhire.engine.RoleProfile;

/**
 * Result of {@link RoleMatcher}. {@code confidence} 0..1 (0 for the generic fallback); {@code matchedFrom} is
 * {@code role_title} when a keyword matched, {@code default} otherwise; {@code matchedKeyword} may be null.
 */
public record RoleMatch(RoleProfile profile, double confidence, String matchedFrom, String matchedKeyword) {
}
