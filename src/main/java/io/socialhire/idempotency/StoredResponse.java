package io.socialhire.idempotency;

import java.util.Map;
import java.util.UUID;

/**
 * A response kept for an idempotency key: its status, the headers that matter to a client (Location, ETag...) and
 * its JSON body; {@code candidateId} is the candidate it is about, if any, so that erasure can find it.
 */
record StoredResponse(int status, Map<String, String> headers, String body, UUID candidateId) {
}
