package io.socialhire.engine.claims;

import java.util.List;

/**
 * One participation statement of an answer: who does what, where, when and how it is said, with the span of the
 * answer it comes from. Only the candidate's own, current, actual, public claims are credited; the others keep the
 * reason they were not.
 *
 * @param frequency {@code regular}, {@code occasional} or null when the answer does not say
 * @param pastEvent a past-tense statement with no sign that the activity ended (an example from the past, "last
 *                  month I ran an AMA"): not credited, but it tells that the candidate can give examples
 * @param workAccount the venue is an employer's or client's account
 * @param ownChannel  it happens on the candidate's own channel (their account, blog, videos), not in a community
 * @param reason    why the claim is not credited (plain words), or null when it is
 */
public record Claim(Activity activity, Actor actor, TimeFrame time, Mode mode, String frequency, List<Venue> venues,
                    int start, int end, boolean pastEvent, boolean workAccount, boolean ownChannel, boolean credited,
                    String reason) {

    public Claim {
        venues = List.copyOf(venues);
    }

    public boolean regular() {
        return "regular".equals(frequency);
    }

    /** The claim's venues that count as public social media. */
    public List<Venue> publicVenues() {
        return venues.stream().filter(v -> v.kind() == VenueKind.PUBLIC).toList();
    }
}
