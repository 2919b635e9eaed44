package io.socialhire.engine.claims;

import io.socialhire.engine.lang.Cue;
import java.util.Locale;

/** What a claim says the actor does, from passive to leading. {@code rung} orders them for the ladder criterion. */
public enum Activity {
    CONSUME(0, "reads, follows or watches"),
    REACT(1, "likes or reshares"),
    ACCOUNT(1, "has an account or is present"),
    POST(2, "posts their own content"),
    COMMENT(3, "comments on or replies to others"),
    CONVERSE(3, "starts conversations or asks questions"),
    HELP(3, "helps or answers others"),
    PROMOTE_OTHERS(3, "promotes or credits others"),
    MENTOR(3, "mentors, teaches or gives feedback"),
    LEARN_IN_PUBLIC(3, "shares what they learn"),
    ASK_FEEDBACK(3, "asks for feedback in public"),
    LEAD(4, "moderates, hosts, organizes or founded a community");

    private final int rung;
    private final String words;

    Activity(int rung, String words) {
        this.rung = rung;
        this.words = words;
    }

    public int rung() {
        return rung;
    }

    /** The activity in plain words, for explanations. */
    public String words() {
        return words;
    }

    /** Its name in results, made once. */
    private final String json = name().toLowerCase(Locale.ROOT);

    public String jsonName() {
        return json;
    }

    public boolean interactive() {
        return rung >= 3;
    }

    static Activity of(Cue cue) {
        return switch (cue) {
            case ACT_CONSUME -> CONSUME;
            case ACT_REACT -> REACT;
            case ACT_ACCOUNT, ROLE_MEMBER -> ACCOUNT;
            case ACT_POST, ACT_CREATE -> POST;
            case ACT_COMMENT, ACT_ANSWER, ROLE_REGULAR, COMMENT_PLACE -> COMMENT;
            case ACT_CONVERSE -> CONVERSE;
            case ACT_HELP, ROLE_HELPER -> HELP;
            case ACT_PROMOTE -> PROMOTE_OTHERS;
            case ACT_MENTOR -> MENTOR;
            case ACT_LEARN_PUBLIC -> LEARN_IN_PUBLIC;
            case ACT_ASK_FEEDBACK -> ASK_FEEDBACK;
            case ACT_LEAD, ACT_FOUND, ACT_HOST, ROLE_LEAD -> LEAD;
            default -> throw new IllegalArgumentException("not an activity cue: " + cue);
        };
    }
}
