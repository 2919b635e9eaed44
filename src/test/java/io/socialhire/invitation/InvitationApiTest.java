package io.socialhire.invitation;

import static io.restassured.RestAssured.given;
import static io.socialhire.TestData.candidate;
import static io.socialhire.TestData.createCandidate;
import static io.socialhire.TestData.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.socialhire.Race;
import io.socialhire.common.ApiException;
import io.socialhire.common.ProblemType;
import io.socialhire.common.PublicUrls;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

@QuarkusTest
class InvitationApiTest {

    static final String PACKAGE = "community-manager-participation";

    @Inject
    AgroalDataSource dataSource;
    @Inject
    InvitationService service;
    @Inject
    InvitationExpiry expiry;
    @Inject
    PublicUrls urls;

    private static String newCandidate() {
        return createCandidate(candidate("Invited Person", uniqueEmail()));
    }

    private static Response order(String body) {
        return given().contentType(ContentType.JSON).body(body).when().post("/api/v1/invitations");
    }

    private static String byId(String packageId, String candidateId) {
        return """
                {"packageId": "%s", "candidateId": "%s"}""".formatted(packageId, candidateId);
    }

    private static String token(String url) {
        return url.substring(url.lastIndexOf('/') + 1);
    }

    @Test
    void anOrderByCandidateIdShowsItsLinksOnceAndStoresOnlyTheirHashes() throws SQLException {
        String candidateId = newCandidate();
        Response created = order("""
                {"packageId": "%s", "candidateId": "%s", "job": {"externalId": "J-1", "title": "Community lead"}, "locale": "de"}"""
                .formatted(PACKAGE, candidateId));
        created.then().statusCode(201)
                .header("Location", startsWith(urls.base() + "/api/v1/invitations/"))
                .header("ETag", notNullValue())
                .body("status", equalTo("invited"))
                .body("packageId", equalTo(PACKAGE))
                .body("candidateId", equalTo(candidateId))
                .body("source", equalTo("api"))
                .body("job.title", equalTo("Community lead"))
                .body("locale", equalTo("de"))
                .body("invitedAt", notNullValue())
                .body("candidateUrl", matchesPattern("^" + urls.base() + "/a/[A-Za-z0-9_-]{43}$"))
                .body("reportUrl", matchesPattern("^" + urls.base() + "/r/[A-Za-z0-9_-]{43}$"));
        String id = created.path("id");
        String candidateToken = token(created.path("candidateUrl"));
        String reportToken = token(created.path("reportUrl"));
        assertThat(candidateToken).isNotEqualTo(reportToken);
        Instant expiresAt = Instant.parse(created.path("expiresAt"));
        assertThat(expiresAt).isBetween(Instant.now().plus(13, ChronoUnit.DAYS), Instant.now().plus(15, ChronoUnit.DAYS));

        given().when().get("/api/v1/invitations/" + id).then().statusCode(200)
                .body("id", equalTo(id)).body("$", not(hasKey("candidateUrl"))).body("$", not(hasKey("reportUrl")));
        given().queryParam("candidateId", candidateId).when().get("/api/v1/invitations").then().statusCode(200)
                .body("items", hasSize(1)).body("items[0]", not(hasKey("candidateUrl"))).body("items[0]", not(hasKey("reportUrl")));
        try (Connection c = dataSource.getConnection();
                PreparedStatement q = c.prepareStatement("SELECT candidate_token_hash = sha256(convert_to(?, 'UTF8')),"
                        + " report_token_hash = sha256(convert_to(?, 'UTF8')), position(? in invitation::text) FROM invitation WHERE id = ?")) {
            q.setString(1, candidateToken);
            q.setString(2, reportToken);
            q.setString(3, candidateToken);
            q.setObject(4, UUID.fromString(id));
            try (ResultSet row = q.executeQuery()) {
                assertThat(row.next()).isTrue();
                assertThat(row.getBoolean(1)).as("candidate token stored as its SHA-256").isTrue();
                assertThat(row.getBoolean(2)).as("report token stored as its SHA-256").isTrue();
                assertThat(row.getInt(3)).as("the token itself is nowhere in the row").isZero();
            }
        }
    }

    @Test
    void anInlineCandidateIsCreatedOnceAndAnOpenInvitationIsReturnedInsteadOfADuplicate() {
        String externalId = "gh-" + UUID.randomUUID();
        String body = """
                {"packageId": "%s", "candidate": {"fullName": "Ana Moreno", "email": "%s", "source": "greenhouse", "externalId": "%s"}}"""
                .formatted(PACKAGE, uniqueEmail(), externalId);
        Response first = order(body);
        first.then().statusCode(201).body("source", equalTo("greenhouse"));
        String id = first.path("id");
        String candidateId = first.path("candidateId");
        given().when().get("/api/v1/candidates/" + candidateId).then().statusCode(200)
                .body("ats.source", equalTo("greenhouse")).body("ats.externalId", equalTo(externalId));

        // The same order again (another email even): the same candidate, as it is, and the same open invitation, without links.
        order(body.replace("@example.com", "x@example.com")).then().statusCode(200)
                .header("Content-Location", equalTo(urls.base() + "/api/v1/invitations/" + id))
                .body("id", equalTo(id)).body("candidateId", equalTo(candidateId)).body("$", not(hasKey("candidateUrl")));
        given().when().get("/api/v1/candidates/" + candidateId).then().body("email", not(startsWith("x")));
        given().queryParam("candidateId", candidateId).when().get("/api/v1/invitations").then().body("items", hasSize(1));

        // Once cancelled, ordering again makes a new invitation with new links.
        given().when().post("/api/v1/invitations/" + id + "/cancel").then().statusCode(200);
        order(body).then().statusCode(201).body("id", not(equalTo(id))).body("candidateUrl", notNullValue());
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyNamesTheInvitationButNeverShowsItsLinksAgain() {
        String body = byId(PACKAGE, newCandidate());
        String key = UUID.randomUUID().toString();
        String id = given().header("Idempotency-Key", key).contentType(ContentType.JSON).body(body).when().post("/api/v1/invitations")
                .then().statusCode(201).extract().path("id");
        given().header("Idempotency-Key", key).contentType(ContentType.JSON).body(body).when().post("/api/v1/invitations")
                .then().statusCode(409).contentType("application/problem+json").body("existingId", equalTo(id))
                .body(not(org.hamcrest.Matchers.containsString("/a/")));
        given().header("Idempotency-Key", key).contentType(ContentType.JSON).body(byId(PACKAGE, newCandidate()))
                .when().post("/api/v1/invitations").then().statusCode(422);
    }

    @Test
    void concurrentOrdersMakeOneInvitation() {
        String candidateId = newCandidate();
        List<Response> responses = Race.run(6, i -> order(byId(PACKAGE, candidateId)));
        assertThat(responses).extracting(Response::statusCode).allMatch(s -> s == 200 || s == 201);
        assertThat(responses).extracting(Response::statusCode).filteredOn(s -> s == 201).hasSize(1);
        assertThat(responses.stream().map(r -> r.<String>path("id")).collect(Collectors.toSet())).hasSize(1);
    }

    @Test
    void cancelClosesAnOpenInvitationOnlyAndPublishesTheEvent() throws SQLException {
        String id = order(byId(PACKAGE, newCandidate())).then().statusCode(201).extract().path("id");
        given().when().post("/api/v1/invitations/" + id + "/cancel").then().statusCode(200)
                .body("status", equalTo("cancelled")).body("cancelledAt", notNullValue());
        assertThat(events(id)).containsExactly("invitation.cancelled");
        given().when().post("/api/v1/invitations/" + id + "/cancel").then().statusCode(409)
                .contentType("application/problem+json").body("existingId", equalTo(id));
        given().header("If-Match", "\"99\"").when().post("/api/v1/invitations/" + id + "/cancel").then().statusCode(412);
        given().when().post("/api/v1/invitations/" + UUID.randomUUID() + "/cancel").then().statusCode(404);
        assertThat(events(id)).containsExactly("invitation.cancelled");
    }

    @Test
    void theCandidatesPageStartsSavesAndSubmitsOnceInOneTransaction() throws SQLException {
        String candidateId = newCandidate();
        Response created = order(byId(PACKAGE, candidateId));
        String id = created.path("id");
        String token = token(created.path("candidateUrl"));

        InvitationService.PageState state = service.open(token);
        assertThat(state.status()).isEqualTo(InvitationViews.Status.STARTED);
        assertThat(state.question()).isEqualTo("Where do you participate in social media?");
        service.open(token); // a second view starts nothing again
        assertThat(events(id)).containsExactly("invitation.started");

        List<InvitationService.DraftChannel> channels = List.of(
                new InvitationService.DraftChannel("reddit", "r/CommunityManager", "moderator", "weekly"));
        service.saveDraft(token, "I moderate r/CommunityManager", channels);
        assertThat(service.peek(token).draftAnswer()).isEqualTo("I moderate r/CommunityManager");
        assertThat(service.peek(token).draftChannels()).isEqualTo(channels);

        // Refused input writes nothing and names each field.
        assertThatThrownBy(() -> service.submit(token, " ", List.of(new InvitationService.DraftChannel("reddit", "", "boss", "weekly"))))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.errors()).extracting(f -> f.field())
                        .containsExactlyInAnyOrder("answer", "channels[0].identity", "channels[0].role"));
        given().when().get("/api/v1/invitations/" + id).then().body("status", equalTo("started"));

        String answer = "I moderate r/CommunityManager every week and host a monthly Discord AMA for our players.";
        InvitationViews.View done = service.submit(token, answer, channels);
        assertThat(done.status()).isEqualTo(InvitationViews.Status.COMPLETED);
        given().when().get("/api/v1/invitations/" + id).then().statusCode(200)
                .body("status", equalTo("completed")).body("completedAt", notNullValue())
                .body("assessmentId", equalTo(done.assessmentId().toString()));
        given().when().get("/api/v1/assessments/" + done.assessmentId()).then().statusCode(200)
                .body("candidateId", equalTo(candidateId)).body("answer", equalTo(answer))
                .body("engineResult.rubric.key", equalTo("participation"));
        given().when().get("/api/v1/candidates/" + candidateId + "/channels").then().statusCode(200)
                .body("items.platform", org.hamcrest.Matchers.hasItem("reddit"));
        assertThat(events(id)).containsExactly("invitation.started", "invitation.completed");
        assertThat(service.peek(token).draftAnswer()).isNull();

        // Submitting again is refused and writes nothing.
        assertThatThrownBy(() -> service.submit(token, "another answer", List.of()))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.type()).isEqualTo(ProblemType.CONFLICT));
        given().when().get("/api/v1/candidates/" + candidateId + "/assessments").then().body("items", hasSize(1));
        given().when().post("/api/v1/invitations/" + id + "/cancel").then().statusCode(409);
        assertThat(events(id)).containsExactly("invitation.started", "invitation.completed");
        assertThatThrownBy(() -> service.open("A".repeat(43)))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.type()).isEqualTo(ProblemType.NOT_FOUND));
    }

    @Test
    void theExpiryJobExpiresOverdueInvitationsAndPublishesTheEvent() throws Exception {
        String candidateId = newCandidate();
        Response created = order(byId(PACKAGE, candidateId));
        String id = created.path("id");
        String open = order(byId("social-media-lead-participation", candidateId)).path("id");
        update("UPDATE invitation SET expires_at = now() - interval '1 minute' WHERE id = ?", id);

        // On a thread of its own, as the scheduled run is: no request, so no caller to audit.
        assertThat(CompletableFuture.supplyAsync(expiry::expireDue).get(30, TimeUnit.SECONDS)).isGreaterThanOrEqualTo(1);
        given().when().get("/api/v1/invitations/" + id).then().statusCode(200)
                .body("status", equalTo("expired")).body("expiredAt", notNullValue());
        given().when().get("/api/v1/invitations/" + open).then().body("status", equalTo("invited"));
        assertThat(events(id)).containsExactly("invitation.expired");
        assertThat(expiry.expireDue()).isZero();
        assertThat(events(id)).containsExactly("invitation.expired");
        assertThatThrownBy(() -> service.submit(token(created.path("candidateUrl")), "too late", List.of()))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.type()).isEqualTo(ProblemType.CONFLICT));

        // Overdue but not yet seen by the job: the page takes no answer either.
        Response late = order(byId(PACKAGE, candidateId));
        late.then().statusCode(201);
        update("UPDATE invitation SET expires_at = now() - interval '1 second' WHERE id = ?", late.path("id"));
        assertThat(service.peek(token(late.path("candidateUrl"))).open()).isFalse();
    }

    @Test
    void listsFilterAndPageWithoutRepeatsOrGaps() {
        String candidateId = newCandidate();
        List<String> ids = new ArrayList<>();
        for (String p : List.of(PACKAGE, "social-media-lead-participation", "gaming-community-manager-participation")) {
            ids.add(order(byId(p, candidateId)).then().statusCode(201).extract().path("id"));
        }
        given().when().post("/api/v1/invitations/" + ids.get(1) + "/cancel").then().statusCode(200);

        Response first = given().queryParam("candidateId", candidateId).queryParam("limit", 2).when().get("/api/v1/invitations");
        first.then().statusCode(200).body("items", hasSize(2)).header("Link", org.hamcrest.Matchers.containsString("rel=\"next\""));
        Response second = given().queryParam("candidateId", candidateId).queryParam("limit", 2).queryParam("cursor", first.<String>path("nextCursor"))
                .when().get("/api/v1/invitations");
        second.then().statusCode(200).body("items", hasSize(1)).body("$", not(hasKey("nextCursor")));
        List<String> paged = new ArrayList<>(first.path("items.id"));
        paged.addAll(second.path("items.id"));
        assertThat(paged).containsExactlyElementsOf(ids);

        given().queryParam("candidateId", candidateId).queryParam("status", "cancelled").when().get("/api/v1/invitations").then()
                .body("items.id", equalTo(List.of(ids.get(1))));
        given().queryParam("candidateId", candidateId).queryParam("packageId", PACKAGE).when().get("/api/v1/invitations").then()
                .body("items.id", equalTo(List.of(ids.get(0))));
        given().queryParam("candidateId", candidateId).queryParam("updatedSince", Instant.now().plusSeconds(60).toString())
                .when().get("/api/v1/invitations").then().body("items", hasSize(0));
        given().queryParam("status", "done").when().get("/api/v1/invitations").then().statusCode(400)
                .body("errors[0].field", equalTo("status"));
        given().queryParam("candidateId", "nope").when().get("/api/v1/invitations").then().statusCode(400);
    }

    @Test
    void badOrdersGetProblemsAndWriteNothing() throws SQLException {
        String candidateId = newCandidate();
        String retired = given().contentType(ContentType.JSON)
                .body("{\"name\": \"Retired " + UUID.randomUUID() + "\", \"roleId\": \"community-manager\", \"languages\": [\"en\"]}")
                .when().post("/api/v1/assessment-packages").then().statusCode(201).extract().path("id");
        String englishOnly = given().contentType(ContentType.JSON)
                .body("{\"name\": \"English only " + UUID.randomUUID() + "\", \"roleId\": \"community-manager\", \"languages\": [\"en\"]}")
                .when().post("/api/v1/assessment-packages").then().statusCode(201).extract().path("id");
        given().when().post("/api/v1/assessment-packages/" + retired + "/retire").then().statusCode(200);
        long before = count();
        String soon = Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString();
        record Case(String body, int status, String field) {
        }
        for (Case c : List.of(
                new Case("{\"packageId\": \"" + PACKAGE + "\"}", 400, "candidateId"),
                new Case("{\"packageId\": \"" + PACKAGE + "\", \"candidateId\": \"" + candidateId + "\", \"candidate\": {\"fullName\": \"A\","
                        + " \"email\": \"a@example.com\", \"source\": \"lever\", \"externalId\": \"1\"}}", 400, "candidate"),
                new Case(byId("no-such-package", candidateId), 404, null),
                new Case(byId(PACKAGE, UUID.randomUUID().toString()), 404, null),
                new Case(byId(retired, candidateId), 422, "packageId"),
                new Case(byId(englishOnly, candidateId).replace("}", ", \"locale\": \"fr\"}"), 422, "locale"),
                new Case(byId(PACKAGE, candidateId).replace("}", ", \"locale\": \"it\"}"), 400, "locale"),
                new Case(byId(PACKAGE, candidateId).replace("}", ", \"expiresAt\": \"2020-01-01T00:00:00Z\"}"), 422, "expiresAt"),
                new Case(byId(PACKAGE, candidateId).replace("}", ", \"expiresAt\": \"" + Instant.now().plus(91, ChronoUnit.DAYS) + "\"}"),
                        422, "expiresAt"),
                new Case("{\"packageId\": \"" + PACKAGE + "\", \"candidate\": {\"fullName\": \"A\", \"email\": \"not-an-email\","
                        + " \"source\": \"Lever!\", \"externalId\": \"1\"}}", 400, null))) {
            Response response = order(c.body());
            response.then().statusCode(c.status()).contentType("application/problem+json");
            if (c.field() != null) {
                assertThat(response.<List<String>>path("errors.field")).as(c.body()).contains(c.field());
            }
        }
        assertThat(count()).as("refused orders write nothing").isEqualTo(before);
        order(byId(PACKAGE, candidateId).replace("}", ", \"expiresAt\": \"" + soon + "\", \"sendEmail\": false}")).then().statusCode(201)
                .body("expiresAt", equalTo(Instant.parse(soon).toString()));
    }

    private long count() throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement("SELECT count(*) FROM invitation");
                ResultSet row = q.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }

    private void update(String sql, String id) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(sql)) {
            q.setObject(1, UUID.fromString(id));
            assertThat(q.executeUpdate()).isEqualTo(1);
        }
    }

    /** The event types published about an invitation, oldest first. */
    private List<String> events(String invitationId) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement q = c.prepareStatement("SELECT type FROM webhook_event WHERE payload->'data'->>'id' = ? ORDER BY occurred_at")) {
            q.setString(1, invitationId);
            List<String> types = new ArrayList<>();
            try (ResultSet rows = q.executeQuery()) {
                while (rows.next()) {
                    types.add(rows.getString(1));
                }
            }
            return types;
        }
    }

}
