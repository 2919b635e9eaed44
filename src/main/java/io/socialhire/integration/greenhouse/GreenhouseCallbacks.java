package io.socialhire.integration.greenhouse;

import io.socialhire.common.SocialhireConfig;
import io.socialhire.integration.CallbackSender;
import io.socialhire.integration.ConnectorKind;
import io.socialhire.integration.ConnectorService;
import io.socialhire.webhook.WebhookUrlPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.Optional;

/**
 * Greenhouse's "Mark Test as Completed": a PATCH without a body to the url send_test gave, with the
 * connector's key as the Basic username as in Greenhouse's example, after which Greenhouse calls
 * test_status. Sent on every status change, so Greenhouse's view never lags.
 */
@ApplicationScoped
public class GreenhouseCallbacks implements CallbackSender {

    /** The callback's name in the connector log. */
    static final String OPERATION = "patch_test";

    private final ConnectorService connectors;
    private final boolean allowPrivateNetwork;
    private final Duration timeout;

    public GreenhouseCallbacks(ConnectorService connectors, SocialhireConfig config) {
        this.connectors = connectors;
        this.allowPrivateNetwork = config.connectors().allowPrivateNetwork();
        this.timeout = config.webhooks().timeout();
    }

    @Override
    public ConnectorKind connector() {
        return ConnectorKind.GREENHOUSE;
    }

    @Override
    public String operation() {
        return OPERATION;
    }

    @Override
    public HttpRequest request(Callback callback) throws Refused {
        if (callback.callbackUrl() == null) {
            throw new Refused("no url to PATCH: send_test gave none");
        }
        Optional<String> refused = WebhookUrlPolicy.refusal(callback.callbackUrl(), allowPrivateNetwork);
        if (refused.isPresent()) {
            throw new Refused("URL refused: " + refused.get());
        }
        String key = connectors.inboundKey(ConnectorKind.GREENHOUSE).orElseThrow(() -> new Refused("no connector key to present"));
        try {
            return HttpRequest.newBuilder(URI.create(callback.callbackUrl())).timeout(timeout)
                    .header("Authorization", CallbackSender.basicAuthorization(key))
                    .header("User-Agent", "socialhire-connectors/1")
                    .method("PATCH", HttpRequest.BodyPublishers.noBody()).build();
        } catch (IllegalArgumentException e) {
            throw new Refused("URL refused: " + e.getMessage());
        }
    }
}
