package io.socialhire.security;

import java.util.List;

/** The roles an API key can have. Admins may do everything. */
public final class Roles {

    /** An applicant tracking system: candidates, channels, scorings, assessments. */
    public static final String RECRUITER = "recruiter";
    /** Reads candidates and assessments, runs scorings, writes reviews. */
    public static final String HIRING_MANAGER = "hiring_manager";
    /** Everything, including rubrics, roles, API keys and the audit log. */
    public static final String ADMIN = "admin";
    /** Audits the tool for bias: reads candidates' voluntary self-identification and the impact report, nothing else. */
    public static final String AUDITOR = "auditor";

    public static final List<String> ALL = List.of(RECRUITER, HIRING_MANAGER, ADMIN, AUDITOR);

    private Roles() {
    }
}
