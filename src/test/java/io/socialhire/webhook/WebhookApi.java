package io.socialhire.webhook;

import static io.restassured.RestAssured.given;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** Reading an endpoint's deliveries through the API, as the webhook tests do. */
final class WebhookApi {

    static final Duration WAIT = Duration.ofSeconds(15);

    private WebhookApi() {
    }

    static List<Map<String, Object>> deliveries(String endpointId) {
        return given().when().get("/api/v1/webhook-endpoints/" + endpointId + "/deliveries").then().statusCode(200)
                .extract().path("items");
    }

    /** Polls the endpoint's deliveries until one matches. */
    static Map<String, Object> awaitDelivery(String endpointId, Predicate<Map<String, Object>> condition) throws InterruptedException {
        Instant until = Instant.now().plus(WAIT);
        List<Map<String, Object>> seen = List.of();
        while (Instant.now().isBefore(until)) {
            seen = deliveries(endpointId);
            for (Map<String, Object> d : seen) {
                if (condition.test(d)) {
                    return d;
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no matching delivery within " + WAIT + "; deliveries: " + seen);
    }
}
