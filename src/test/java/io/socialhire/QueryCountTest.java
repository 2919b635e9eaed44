package io.socialhire;

import static io.restassured.RestAssured.given;
import static io.socialhire.TestData.createCandidate;
import static io.socialhire.TestData.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.socialhire.invitation.InvitationEmailSender;
import io.socialhire.webhook.WebhookDispatcher;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverPropertyInfo;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * N+1 detection: the SQL statements one HTTP request executes must not grow with the rows it
 * returns (one channel or eight, a page of 2 candidates or 40), and must stay within the budget
 * measured when this test was written.
 *
 * <p>Statements are counted at the JDBC driver: the test profile loads {@link CountingDriver} as the
 * datasource driver ({@code %test.quarkus.datasource.jdbc.driver} in application.properties), which
 * hands out the PostgreSQL driver's connections with their statements wrapped, and counts every
 * {@code execute*} call (a JDBC batch is one round trip, so one). Hibernate's statistics are not
 * enough: reads that use the DataSource directly never reach Hibernate, so
 * {@code getPrepareStatementCount()} stays at 0 for them, and an Agroal pool interceptor sees only
 * connections being acquired and returned, never statements. The driver sees Hibernate, native and
 * plain JDBC statements alike; COMMIT and pool validation ({@code Connection.isValid}) are not
 * statement executions and are not counted.
 *
 * <p>The count is global, which is fine because tests run one at a time and nothing else in the
 * application issues statements while idle; the webhook dispatcher and the invitation email sender do,
 * in the background on their own threads, and their statements are not counted. Caches that expire (API keys after 30 s, the latest
 * rubric version after 5 s) can add a lookup to any request, so each request is measured three
 * times and the lowest count kept: an N+1 costs extra statements on every run, a cache refill on one.
 */
@QuarkusTest
class QueryCountTest {

    // Budgets as measured: GET /candidates/{id} 1 statement, GET /candidates (any page size, with or
    // without platform=) 1, POST /candidates/{id}/assessments 4 (read the candidate's channels, insert
    // the assessment, insert its audit event, insert its webhook event with its deliveries).
    static final long GET_CANDIDATE_BUDGET = 1;
    static final long LIST_CANDIDATES_BUDGET = 1;
    static final long CREATE_ASSESSMENT_BUDGET = 4;

    /** Eight distinct channels on different platforms; candidates declare a prefix or a slice of them. */
    static final List<String> CHANNELS = List.of(
            "{\"platform\": \"reddit\", \"handle\": \"r/CommunityManager\", \"role\": \"moderator\", \"frequency\": \"weekly\"}",
            "{\"platform\": \"x\", \"handle\": \"@qc_person\", \"role\": \"creator\", \"frequency\": \"daily\"}",
            "{\"platform\": \"tiktok\", \"handle\": \"@qc.person\", \"role\": \"creator\", \"frequency\": \"daily\"}",
            "{\"platform\": \"instagram\", \"handle\": \"@qc.person\", \"role\": \"member\", \"frequency\": \"weekly\"}",
            "{\"platform\": \"github\", \"handle\": \"qc-person\", \"role\": \"contributor\", \"frequency\": \"monthly\"}",
            "{\"platform\": \"twitch\", \"handle\": \"qc_person\", \"role\": \"creator\", \"frequency\": \"weekly\"}",
            "{\"platform\": \"discord\", \"communityName\": \"Indie Devs\", \"role\": \"organizer\", \"frequency\": \"daily\"}",
            "{\"platform\": \"mastodon\", \"handle\": \"@qc@mastodon.social\", \"role\": \"member\", \"frequency\": \"rarely\"}");

    static final String ANSWER = "I moderate r/CommunityManager on Reddit and reply to new members' questions there every week.";

    @Test
    void readingACandidateCostsTheSameWithOneOrEightChannels() {
        String one = createCandidate(candidate("One channel", null, CHANNELS.subList(0, 1)));
        String eight = createCandidate(candidate("Eight channels", null, CHANNELS));

        long withOne = cheapestOf3(() -> given().when().get("/api/v1/candidates/" + one).then().statusCode(200)
                .body("channels", hasSize(1)));
        long withEight = cheapestOf3(() -> given().when().get("/api/v1/candidates/" + eight).then().statusCode(200)
                .body("channels", hasSize(8)));

        assertThat(withEight).as("statements for a candidate with 8 channels vs 1 (N+1 on channels?)").isEqualTo(withOne);
        assertThat(withOne).as("statements for GET /candidates/{id}").isBetween(1L, GET_CANDIDATE_BUDGET);
    }

    @Test
    void listingCandidatesCostsTheSameForPagesOfTwoOrForty() {
        String tag = "qc-" + UUID.randomUUID().toString().substring(0, 8);
        // 40 candidates with 2 to 4 channels each; those with an even index start at reddit, the others do not declare it.
        int[] channels = new int[2]; // of all 40, of the 20 on reddit
        for (int i = 0; i < 40; i++) {
            int count = 2 + i % 3;
            int from = i % 2;
            createCandidate(candidate("Listed " + i, tag, CHANNELS.subList(from, from + count)));
            channels[0] += count;
            channels[1] += from == 0 ? count : 0;
        }
        String byTag = "/api/v1/candidates?tag=" + tag + "&limit=";
        String onReddit = "/api/v1/candidates?platform=reddit&tag=" + tag + "&limit=";

        long pageOfTwo = cheapestOf3(() -> page(byTag + 2, 2, 2 + 3));
        long pageOfForty = cheapestOf3(() -> page(byTag + 40, 40, channels[0]));
        long redditOfTwo = cheapestOf3(() -> page(onReddit + 2, 2, 2 + 4));
        long redditOfForty = cheapestOf3(() -> page(onReddit + 40, 20, channels[1]));

        assertThat(pageOfForty).as("statements for a page of 40 candidates vs 2 (N+1 on candidates or channels?)")
                .isEqualTo(pageOfTwo);
        assertThat(redditOfForty).as("statements for a platform-filtered page of 20 candidates vs 2").isEqualTo(redditOfTwo);
        assertThat(pageOfTwo).as("statements for GET /candidates").isBetween(1L, LIST_CANDIDATES_BUDGET);
        assertThat(redditOfTwo).as("statements for GET /candidates?platform=").isBetween(1L, LIST_CANDIDATES_BUDGET);
    }

    @Test
    void creatingAnAssessmentCostsTheSameWithOneOrEightChannels() {
        String one = createCandidate(candidate("Assessed one", null, CHANNELS.subList(0, 1)));
        String eight = createCandidate(candidate("Assessed eight", null, CHANNELS));

        long withOne = cheapestOf3(() -> assess(one));
        long withEight = cheapestOf3(() -> assess(eight));

        assertThat(withEight).as("statements to assess a candidate with 8 channels vs 1 (N+1 on channels?)").isEqualTo(withOne);
        // At least the assessment and its audit event are inserted, through Hibernate: ORM statements are counted too.
        assertThat(withOne).as("statements for POST /candidates/{id}/assessments").isBetween(2L, CREATE_ASSESSMENT_BUDGET);
    }

    @Test
    void unknownAndWrongKeysAreRefusedWithoutRepeatedLookups() {
        // Guessing is cheap for the guesser; it must not cost a database read every time.
        String unknown = "Bearer shk_qcnokey1_" + "A".repeat(43);
        long before = CountingDriver.executed();
        for (int i = 0; i < 30; i++) {
            given().header("Authorization", unknown).when().get("/api/v1/platforms").then().statusCode(401);
        }
        assertThat(CountingDriver.executed() - before).as("statements for 30 requests with one unknown key").isLessThanOrEqualTo(1);

        // A known prefix with the wrong secret: answered from the key cache once the key is known.
        String wrongSecret = "Bearer " + AdminKeyByDefault.ADMIN_KEY.substring(0, 13) + "B".repeat(43);
        given().when().get("/api/v1/platforms").then().statusCode(200);
        before = CountingDriver.executed();
        for (int i = 0; i < 30; i++) {
            given().header("Authorization", wrongSecret).when().get("/api/v1/platforms").then().statusCode(401);
        }
        assertThat(CountingDriver.executed() - before).as("statements for 30 requests with a known prefix and a wrong secret")
                .isLessThanOrEqualTo(1);
    }

    /** The fewest statements the request executed in three runs; the supplier sends it and checks the response. */
    private static long cheapestOf3(Supplier<ValidatableResponse> request) {
        long fewest = Long.MAX_VALUE;
        for (int run = 0; run < 3; run++) {
            long before = CountingDriver.executed();
            request.get();
            fewest = Math.min(fewest, CountingDriver.executed() - before);
        }
        return fewest;
    }

    private static ValidatableResponse page(String url, int candidates, int channels) {
        ValidatableResponse page = given().when().get(url).then().statusCode(200).body("items", hasSize(candidates));
        List<List<Object>> channelLists = page.extract().path("items.channels");
        assertThat(channelLists.stream().mapToInt(List::size).sum()).as("channels on the page %s", url).isEqualTo(channels);
        return page;
    }

    private static ValidatableResponse assess(String candidateId) {
        return given().contentType(ContentType.JSON).body("{\"answer\": \"" + ANSWER + "\"}")
                .when().post("/api/v1/candidates/" + candidateId + "/assessments")
                .then().statusCode(201).body("candidateId", equalTo(candidateId));
    }

    private static String candidate(String fullName, String tag, List<String> channels) {
        return """
                {"fullName": "%s", "email": "%s", "tags": [%s], "channels": [%s]}""".formatted(fullName, uniqueEmail(),
                tag == null ? "" : "\"" + tag + "\"", String.join(", ", channels));
    }

    /**
     * The PostgreSQL driver with every statement execution counted; the test profile's datasource
     * driver. Everything else is passed through unchanged, exceptions included.
     */
    public static final class CountingDriver implements Driver {

        private static final AtomicLong EXECUTED = new AtomicLong();
        private final Driver postgres = new org.postgresql.Driver();

        /** Statements executed through this driver since the application started. */
        public static long executed() {
            return EXECUTED.get();
        }

        @Override
        public Connection connect(String url, Properties info) throws SQLException {
            Connection connection = postgres.connect(url, info);
            return connection == null ? null : counting(Connection.class, connection);
        }

        @Override
        public boolean acceptsURL(String url) throws SQLException {
            return postgres.acceptsURL(url);
        }

        @Override
        public DriverPropertyInfo[] getPropertyInfo(String url, Properties info) throws SQLException {
            return postgres.getPropertyInfo(url, info);
        }

        @Override
        public int getMajorVersion() {
            return postgres.getMajorVersion();
        }

        @Override
        public int getMinorVersion() {
            return postgres.getMinorVersion();
        }

        @Override
        public boolean jdbcCompliant() {
            return postgres.jdbcCompliant();
        }

        @Override
        public Logger getParentLogger() throws SQLFeatureNotSupportedException {
            return postgres.getParentLogger();
        }

        /** A proxy of target that counts execute* calls on statements and wraps the statements a connection creates. */
        private static <T> T counting(Class<T> type, T target) {
            return type.cast(Proxy.newProxyInstance(CountingDriver.class.getClassLoader(), new Class<?>[] {type},
                    (proxy, method, args) -> {
                        String name = method.getName();
                        if (name.equals("equals") && method.getParameterCount() == 1) {
                            return proxy == args[0];
                        }
                        if (name.equals("hashCode") && method.getParameterCount() == 0) {
                            return System.identityHashCode(proxy);
                        }
                        if (type != Connection.class && name.startsWith("execute")
                                && !Thread.currentThread().getName().startsWith(WebhookDispatcher.THREAD)
                                && !Thread.currentThread().getName().startsWith(InvitationEmailSender.THREAD)) {
                            EXECUTED.incrementAndGet();
                        }
                        Object result;
                        try {
                            result = method.invoke(target, args);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                        if (type == Connection.class) {
                            return switch (name) {
                                case "prepareCall" -> counting(CallableStatement.class, (CallableStatement) result);
                                case "prepareStatement" -> counting(PreparedStatement.class, (PreparedStatement) result);
                                case "createStatement" -> counting(Statement.class, (Statement) result);
                                default -> result;
                            };
                        }
                        return result;
                    }));
        }
    }
}
