package io.socialhire.webhook;

import java.util.List;

/** The event types an endpoint can subscribe to, noun.past_verb as Standard Webhooks names them. */
public final class EventTypes {

    public static final String CANDIDATE_CREATED = "candidate.created";
    public static final String CANDIDATE_UPDATED = "candidate.updated";
    public static final String CANDIDATE_ERASED = "candidate.erased";
    public static final String ASSESSMENT_CREATED = "assessment.created";
    public static final String ASSESSMENT_REVIEWED = "assessment.reviewed";
    public static final String INVITATION_STARTED = "invitation.started";
    public static final String INVITATION_COMPLETED = "invitation.completed";
    public static final String INVITATION_CANCELLED = "invitation.cancelled";
    public static final String INVITATION_EXPIRED = "invitation.expired";

    /** Every type, for the schema's description: a constant, so annotations can use it. */
    public static final String LISTED = CANDIDATE_CREATED + ", " + CANDIDATE_UPDATED + ", " + CANDIDATE_ERASED + ", " + ASSESSMENT_CREATED
            + ", " + ASSESSMENT_REVIEWED + ", " + INVITATION_STARTED + ", " + INVITATION_COMPLETED + ", " + INVITATION_CANCELLED + ", "
            + INVITATION_EXPIRED;
    /** How many types there are: the most an endpoint can list. */
    public static final int COUNT = 9;

    public static final List<String> ALL = List.of(CANDIDATE_CREATED, CANDIDATE_UPDATED, CANDIDATE_ERASED, ASSESSMENT_CREATED,
            ASSESSMENT_REVIEWED, INVITATION_STARTED, INVITATION_COMPLETED, INVITATION_CANCELLED, INVITATION_EXPIRED);

    private EventTypes() {
    }
}
