package io.socialhire.candidate;

import java.time.Instant;

/** Filters of a candidate list request, already validated; null filters match everything. */
public record CandidateFilter(String q, String platform, String tag, Instant updatedSince) {
}
