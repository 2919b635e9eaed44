package io.socialhire.scoring;

import java.util.List;

/**
 * Input of {@link ScoringEngine#score(ScoringRequest)}.
 *
 * @param answer           the candidate's answer (null is treated as empty)
 * @param role             role profile; null means the generic profile of the engine's role catalog
 * @param declaredChannels declared channels (catalog ids already resolved); null means none
 * @param roleMatchedFrom  how the role was chosen, echoed in the result: {@code role_id}, {@code role_title},
 *                         {@code default}; null lets the engine decide ({@code role_id} if a role was given,
 *                         otherwise {@code default})
 */
public record ScoringRequest(String answer, RoleProfile role, List<DeclaredChannel> declaredChannels,
                             String roleMatchedFrom) {
    public ScoringRequest {
        declaredChannels = declaredChannels == null ? List.of() : List.copyOf(declaredChannels);
    }

    public ScoringRequest(String answer, RoleProfile role, List<DeclaredChannel> declaredChannels) {
        this(answer, role, declaredChannels, null);
    }

    public static ScoringRequest of(String answer) {
        return new ScoringRequest(answer, null, List.of(), null);
    }

    /** Convenience: role from a {@link RoleMatch} (records matchedFrom). */
    public static ScoringRequest of(String answer, RoleMatch match, List<DeclaredChannel> declared) {
        return new ScoringRequest(answer, match.profile(), declared, match.matchedFrom());
    }
}
