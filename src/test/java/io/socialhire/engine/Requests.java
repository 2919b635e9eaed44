package io.socialhire.engine;

import io.socialhire.role.RoleMatcher;
import java.util.List;

/** Scoring requests for engine tests: the shipped role profiles, the generic one unless a test names another. */
public final class Requests {
    public static final RoleMatcher ROLES = RoleMatcher.loadDefault();
    public static final RoleProfile GENERIC = ROLES.generic();

    private Requests() {
    }

    /** The answer alone, scored for the generic profile as the service does when no role is given. */
    public static ScoringRequest of(String answer) {
        return new ScoringRequest(answer, GENERIC, List.of(), "default");
    }

    public static ScoringRequest of(String answer, String roleId, List<DeclaredChannel> declared) {
        return new ScoringRequest(answer, ROLES.byId(roleId).orElseThrow(), declared, "role_id");
    }
}
