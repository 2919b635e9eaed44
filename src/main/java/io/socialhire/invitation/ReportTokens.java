package io.socialhire.invitation;

import java.util.UUID;

/**
 * A kind of token that a report URL ({@code /r/{token}}) can carry. Report links are one; anything else that hands
 * out report URLs (an invitation's report token) implements this too, and the page asks each in turn: the first
 * answer other than {@link Opened.Unknown} wins. The page itself is always drawn by {@link ReportPage#render}.
 */
public interface ReportTokens {

    /** What the token opens; {@link Opened.Unknown} when it is not one of these tokens. */
    Opened open(String token);

    /** What a token opens. */
    sealed interface Opened {
        /** A working token: the report of this assessment. */
        record Report(UUID assessmentId) implements Opened {
        }

        /** A token that was revoked: the page answers 410 Gone. */
        record Revoked() implements Opened {
        }

        /**
         * A working token whose report does not exist yet: the candidate has not answered. {@code closed} when
         * they no longer can (the invitation was cancelled or expired): the page answers 410 Gone, else 200.
         */
        record NotAnswered(boolean closed) implements Opened {
        }

        /** Not a token of this kind (or its assessment is gone): the page answers 404. */
        record Unknown() implements Opened {
        }
    }
}
