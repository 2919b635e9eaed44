package io.socialhire.engine.claims;

import java.util.List;

/**
 * What the claim reader found in one answer.
 *
 * @param language          the detected language code
 * @param supported         false when the language is recognised but not scored (then nothing else is read)
 * @param words             word tokens in the answer
 * @param repeatedSentences sentences that repeat an earlier one (ignored)
 * @param saladSentences    sentences that are lists of keywords rather than statements (their claims not credited)
 * @param vanity            mentions of follower counts, views, reach and the like
 * @param evasive           evasive phrases ("everywhere", "it depends")
 * @param buzzwords         corporate buzzwords ("leverage", "foster authentic engagement")
 * @param numbers           numbers in credited statements (concrete detail)
 * @param recency           recency markers in credited statements ("last week", "yesterday")
 */
public record Reading(String language, boolean supported, int words, List<Claim> claims, List<Venue> venues,
                      int repeatedSentences, int saladSentences, int vanity, int evasive, int buzzwords, int numbers,
                      int recency) {

    public Reading {
        claims = List.copyOf(claims);
        venues = List.copyOf(venues);
    }

    public List<Claim> credited() {
        return claims.stream().filter(Claim::credited).toList();
    }
}
