package io.socialhire.webhook;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** V14 moves subscriptions to the review event from its former name, review.created, to assessment.reviewed. */
@QuarkusTest
class ReviewEventRenameMigrationTest {

    private static final String MIGRATION = "db/migration/V14__assessment_reviewed_event_type.sql";

    @Inject
    AgroalDataSource dataSource;

    @Test
    void subscriptionsToTheFormerNameMoveToTheNewOne() throws Exception {
        UUID renamed = insertEndpoint("candidate.created", "review.created", "invitation.completed");
        UUID untouched = insertEndpoint("candidate.created");
        try {
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                s.execute(migration());
            }
            given().when().get("/api/v1/webhook-endpoints/" + renamed).then().statusCode(200)
                    .body("eventTypes", contains("candidate.created", "assessment.reviewed", "invitation.completed"))
                    .body("version", equalTo(1));
            given().when().get("/api/v1/webhook-endpoints/" + untouched).then().statusCode(200)
                    .body("eventTypes", contains("candidate.created")).body("version", equalTo(0));
        } finally {
            given().when().delete("/api/v1/webhook-endpoints/" + renamed).then().statusCode(204);
            given().when().delete("/api/v1/webhook-endpoints/" + untouched).then().statusCode(204);
        }
    }

    /** As an endpoint subscribed before the rename was stored; the API no longer takes the former name. */
    private UUID insertEndpoint(String... eventTypes) throws SQLException {
        UUID id = UUID.randomUUID();
        try (Connection c = dataSource.getConnection();
                PreparedStatement insert = c.prepareStatement("INSERT INTO webhook_endpoint (id, url, event_types, secret, created_at)"
                        + " VALUES (?, 'http://127.0.0.1:9/hook', ?, 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw', ?)")) {
            insert.setObject(1, id);
            insert.setArray(2, c.createArrayOf("text", eventTypes));
            insert.setTimestamp(3, Timestamp.from(Instant.now()));
            insert.executeUpdate();
        }
        return id;
    }

    private static String migration() throws IOException {
        try (InputStream in = ReviewEventRenameMigrationTest.class.getClassLoader().getResourceAsStream(MIGRATION)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
