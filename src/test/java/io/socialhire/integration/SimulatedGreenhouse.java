package io.socialhire.integration;

import static io.restassured.RestAssured.given;

import com.sun.net.httpserver.HttpServer;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Greenhouse as its Assessment partner API documents it, on a free local port: it calls the partner
 * (list_tests, send_test, test_status, response_error) with the organisation's key as the Basic
 * username, and takes the partner's PATCH "Mark Test as Completed" at the url it sent, answering it
 * with the statuses it is given (then 204) and, as Greenhouse does, calling test_status after each
 * PATCH it accepts.
 */
final class SimulatedGreenhouse implements AutoCloseable {

    /** A PATCH as received, and the test_status Greenhouse read after it (null when it refused the PATCH). */
    record Patch(String method, String path, Map<String, String> headers, String body, int answered, Response testStatus) {
        String header(String name) {
            return headers.get(name.toLowerCase());
        }
    }

    private final HttpServer server;
    private final String key;
    /** Greenhouse's number of each test instance sent, to the partner_interview_id the partner gave it. */
    private final Map<String, String> interviews = new java.util.concurrent.ConcurrentHashMap<>();
    private final BlockingQueue<Patch> patches = new LinkedBlockingQueue<>();
    private final ConcurrentLinkedQueue<Integer> replies = new ConcurrentLinkedQueue<>();
    private final java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newCachedThreadPool();

    SimulatedGreenhouse(String key) throws IOException {
        this.key = key;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(threads);
        server.createContext("/integrations/testing_partners/take_home_tests/", exchange -> {
            Map<String, String> headers = new TreeMap<>();
            exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(), String.join(",", values)));
            String body;
            try (InputStream in = exchange.getRequestBody()) {
                body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            Integer reply = replies.poll();
            int status = reply == null ? 204 : reply;
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
            String path = exchange.getRequestURI().getPath();
            String interview = interviews.get(path.substring(path.lastIndexOf('/') + 1));
            Response read = status / 100 == 2 && interview != null ? testStatus(interview) : null;
            patches.add(new Patch(exchange.getRequestMethod(), path, headers, body, status, read));
        });
        server.start();
    }

    /** The url Greenhouse sends in send_test for a test instance it numbers so. */
    String callbackUrl(String number) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/integrations/testing_partners/take_home_tests/" + number;
    }

    /** The next PATCHes are answered with these statuses; then 204 again. */
    void answerNext(Integer... statuses) {
        replies.addAll(List.of(statuses));
    }

    String authorization() {
        return "Basic " + Base64.getEncoder().encodeToString((key + ":").getBytes(StandardCharsets.UTF_8));
    }

    Response listTests() {
        return given().header("Authorization", authorization()).when().get("/integrations/greenhouse/list_tests");
    }

    /** send_test for Greenhouse's test instance with this number; the partner_interview_id answered is remembered for it. */
    Response sendTest(String number, String body) {
        Response response = given().header("Authorization", authorization()).contentType(ContentType.JSON).body(body)
                .when().post("/integrations/greenhouse/send_test");
        if (response.statusCode() == 200) {
            interviews.put(number, response.path("partner_interview_id"));
        }
        return response;
    }

    /** test_status for the test instance with this partner_interview_id. */
    Response testStatus(String partnerInterviewId) {
        return given().header("Authorization", authorization()).queryParam("partner_interview_id", partnerInterviewId)
                .when().get("/integrations/greenhouse/test_status");
    }

    Response responseError(String body) {
        return given().header("Authorization", authorization()).contentType(ContentType.JSON).body(body)
                .when().post("/integrations/greenhouse/response_error");
    }

    /** The next PATCH, waiting up to the timeout; fails when none comes. */
    Patch nextPatch(Duration timeout) throws InterruptedException {
        Patch p = patches.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (p == null) {
            throw new AssertionError("no PATCH arrived within " + timeout);
        }
        return p;
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
