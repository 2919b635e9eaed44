package io.socialhire.idempotency;

/**
 * Ends a request with the response stored for its idempotency key. Thrown rather than returned because resource
 * methods return their own types; {@link IdempotencyExceptionMapper} turns it into the response.
 */
final class ReplayedResponse extends RuntimeException {
    private final transient StoredResponse response;

    ReplayedResponse(StoredResponse response) {
        super("replayed", null, false, false);
        this.response = response;
    }

    StoredResponse response() {
        return response;
    }
}
