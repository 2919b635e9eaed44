package io.socialhire.engine;

import java.util.List;
import java.util.Objects;

/**
 * Input of {@link ScoringEngine#score(ScoringRequest)}.
 *
 * @param answer           the candidate's answer (null is treated as empty)
 * @param role             the role profile the answer is scored for (the caller resolves it, usually from the
 *                         stored profiles; the generic profile when no role applies)
 * @param declaredChannels declared channels (catalog ids already resolved); null means none
 * @param roleMatchedFrom  how the role was chosen, echoed in the result: {@code role_id}, {@code role_title} or
 *                         {@code default}; null means {@code role_id}
 */
public record ScoringRequest(String answer, RoleProfile role, List<DeclaredChannel> declaredChannels,
                             String roleMatchedFrom) {
    public ScoringRequest {
        Objects.requireNonNull(role, "role");
        declaredChannels = declaredChannels == null ? List.of() : List.copyOf(declaredChannels);
        roleMatchedFrom = roleMatchedFrom == null ? "role_id" : roleMatchedFrom;
    }

    public ScoringRequest(String answer, RoleProfile role, List<DeclaredChannel> declaredChannels) {
        this(answer, role, declaredChannels, null);
    }
}
