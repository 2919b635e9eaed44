package io.socialhire.candidate;

import io.socialhire.common.Cursor;
import java.time.Instant;

/** Filters and position of a candidate list request, already validated. */
public record CandidateQuery(String q, String platform, String tag, Instant updatedSince, int limit, Cursor after) {
}
