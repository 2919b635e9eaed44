package io.socialhire.integration;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/** How one ATS is told of a change: the request a claimed callback becomes. */
public interface CallbackSender {

    /** A claimed callback with what building its request needs (the report token still sealed). */
    record Callback(UUID id, int attempts, ConnectorKind connector, UUID invitationId, String invitationStatus, Instant occurredAt,
            String callbackUrl, byte[] reportTokenSealed, UUID assessmentId, String atsApplicationId) {
    }

    /** A request refused before sending, with the reason the attempt records. */
    final class Refused extends Exception {
        public Refused(String reason) {
            super(reason, null, false, false);
        }
    }

    ConnectorKind connector();

    /** The ATS's name for the callback, as the connector log shows it. */
    String operation();

    /** The request that tells the ATS; built anew for each attempt from the same stored facts. */
    HttpRequest request(Callback callback) throws Refused;

    /** HTTP Basic with the key as the username and no password, as both ATSs take their keys. */
    static String basicAuthorization(String key) {
        return "Basic " + Base64.getEncoder().encodeToString((key + ":").getBytes(StandardCharsets.UTF_8));
    }
}
