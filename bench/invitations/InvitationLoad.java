import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The two sides of the invitations benchmark, run as a single-file program on JDK 17
 * ({@code java InvitationLoad.java ...}):
 *
 * <pre>
 * submit BASE_URL PATHS_FILE CONCURRENCY   candidates answering at once: for each /a/{token} path, GET the page,
 *                                          read its formToken, POST the form; prints one SUBMIT_RESULT line
 * receive PORT SECRET_FILE                 a webhook receiver on 127.0.0.1:PORT answering 204; checks every
 *                                          signature with the secret read from SECRET_FILE (written once the
 *                                          endpoint is registered); GET /stats prints what it received
 * </pre>
 */
public class InvitationLoad {

    private static final Pattern FORM_TOKEN = Pattern.compile("name=\"formToken\" value=\"([^\"]+)\"");
    private static final Pattern TIMESTAMP = Pattern.compile("\"timestamp\"\\s*:\\s*\"([^\"]+)\"");
    private static final String ANSWER = "I moderate r/CommunityManager every week, run a monthly Discord AMA for our players"
            + " and answer every reply on our X account within the day; I report what the community asks for to the product team.";

    public static void main(String[] args) throws Exception {
        if (args.length == 4 && args[0].equals("submit")) {
            submit(args[1], Files.readAllLines(Path.of(args[2])), Integer.parseInt(args[3]));
        } else if (args.length == 3 && args[0].equals("receive")) {
            receive(Integer.parseInt(args[1]), Path.of(args[2]));
        } else {
            System.err.println("usage: submit BASE_URL PATHS_FILE CONCURRENCY | receive PORT SECRET_FILE");
            System.exit(2);
        }
    }

    // --- candidates ------------------------------------------------------------------------------

    private static void submit(String base, List<String> paths, int concurrency) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(30)).build();
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        CountDownLatch ready = new CountDownLatch(paths.size());
        CountDownLatch go = new CountDownLatch(1);
        List<Long> pageNanos = Collections.synchronizedList(new ArrayList<>());
        List<Long> submitNanos = Collections.synchronizedList(new ArrayList<>());
        ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
        for (String path : paths) {
            pool.execute(() -> {
                ready.countDown();
                try {
                    go.await(); // every candidate starts at the same moment
                    long t0 = System.nanoTime();
                    HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(base + path))
                            .timeout(Duration.ofSeconds(60)).GET().build(), HttpResponse.BodyHandlers.ofString());
                    pageNanos.add(System.nanoTime() - t0);
                    Matcher token = FORM_TOKEN.matcher(page.body());
                    if (page.statusCode() != 200 || !token.find()) {
                        errors.add("GET " + page.statusCode() + (page.statusCode() == 200 ? " without a formToken" : ""));
                        return;
                    }
                    String form = "formToken=" + enc(token.group(1)) + "&action=submit&answer=" + enc(ANSWER)
                            + "&channels%5B0%5D.platform=reddit&channels%5B0%5D.identity=" + enc("r/CommunityManager")
                            + "&channels%5B0%5D.role=moderator&channels%5B0%5D.frequency=weekly";
                    long t1 = System.nanoTime();
                    HttpResponse<String> sent = http.send(HttpRequest.newBuilder(URI.create(base + path))
                            .timeout(Duration.ofSeconds(60)).header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
                    submitNanos.add(System.nanoTime() - t1);
                    if (sent.statusCode() != 303) {
                        errors.add("POST " + sent.statusCode() + ": " + sent.body().substring(0, Math.min(200, sent.body().length())));
                    }
                } catch (Exception e) {
                    errors.add(e.getClass().getSimpleName() + ": " + e.getMessage());
                }
            });
        }
        ready.await(); // every thread is waiting at the gate
        long start = System.nanoTime();
        go.countDown();
        pool.shutdown();
        if (!pool.awaitTermination(10, TimeUnit.MINUTES)) {
            errors.add("not finished after 10 minutes");
        }
        long totalMs = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("SUBMIT_RESULT candidates=%d errors=%d total_ms=%d %s %s%n", paths.size(), errors.size(), totalMs,
                percentiles("submit", submitNanos), percentiles("page", pageNanos));
        errors.stream().limit(5).forEach(e -> System.out.println("SUBMIT_ERROR " + e));
        System.exit(errors.isEmpty() ? 0 : 1);
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String percentiles(String name, List<Long> nanos) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        if (sorted.isEmpty()) {
            return name + "_count=0";
        }
        return String.format("%s_count=%d %s_p50_ms=%.1f %s_p95_ms=%.1f %s_p99_ms=%.1f %s_max_ms=%.1f", name, sorted.size(),
                name, at(sorted, 50) / 1e6, name, at(sorted, 95) / 1e6, name, at(sorted, 99) / 1e6, name, sorted.get(sorted.size() - 1) / 1e6);
    }

    /** Nearest-rank percentile. */
    private static long at(List<Long> sorted, int percent) {
        int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }

    // --- receiver --------------------------------------------------------------------------------

    private static void receive(int port, Path secretFile) throws IOException {
        Set<String> seen = ConcurrentHashMap.newKeySet();
        AtomicLong received = new AtomicLong();
        AtomicLong duplicates = new AtomicLong();
        AtomicLong badSignatures = new AtomicLong();
        AtomicLong first = new AtomicLong(Long.MAX_VALUE);
        AtomicLong last = new AtomicLong();
        List<Long> lagMillis = Collections.synchronizedList(new ArrayList<>());
        AtomicReference<byte[]> key = new AtomicReference<>();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 256);
        server.createContext("/hooks", exchange -> {
            long now = System.currentTimeMillis();
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            String id = exchange.getRequestHeaders().getFirst("webhook-id");
            received.incrementAndGet();
            first.accumulateAndGet(now, Math::min);
            last.accumulateAndGet(now, Math::max);
            if (id == null || !seen.add(id)) {
                duplicates.incrementAndGet();
            }
            String text = new String(body, StandardCharsets.UTF_8);
            if (!signed(key, secretFile, id, exchange.getRequestHeaders().getFirst("webhook-timestamp"),
                    exchange.getRequestHeaders().getFirst("webhook-signature"), text)) {
                badSignatures.incrementAndGet();
            }
            Matcher timestamp = TIMESTAMP.matcher(text);
            if (timestamp.find()) { // the event's time, in the payload: lag = arrival - occurrence
                lagMillis.add(now - Instant.parse(timestamp.group(1)).toEpochMilli());
            }
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.createContext("/stats", exchange -> {
            byte[] out = String.format("received=%d unique=%d duplicates=%d bad_signatures=%d first_ms=%d last_ms=%d %s%n",
                    received.get(), seen.size(), duplicates.get(), badSignatures.get(), first.get() == Long.MAX_VALUE ? 0 : first.get(),
                    last.get(), percentiles("lag", millisAsNanos(lagMillis))).getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, out.length);
            exchange.getResponseBody().write(out);
            exchange.close();
        });
        server.setExecutor(Executors.newFixedThreadPool(8));
        server.start();
        System.out.println("receiving on http://127.0.0.1:" + port + "/hooks");
    }

    private static List<Long> millisAsNanos(List<Long> millis) {
        synchronized (millis) {
            return millis.stream().map(m -> m * 1_000_000).toList();
        }
    }

    /** Standard Webhooks v1: base64 HMAC-SHA256 of "id.timestamp.body" under the base64 key after "whsec_". */
    private static boolean signed(AtomicReference<byte[]> key, Path secretFile, String id, String timestamp, String header, String body) {
        try {
            if (key.get() == null) {
                String secret = Files.readString(secretFile).strip();
                key.set(Base64.getDecoder().decode(secret.substring("whsec_".length())));
            }
            if (id == null || timestamp == null || header == null) {
                return false;
            }
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.get(), "HmacSHA256"));
            byte[] expected = Base64.getEncoder().encode(mac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8)));
            for (String part : header.split(" ")) {
                if (part.startsWith("v1,") && MessageDigest.isEqual(expected, part.substring(3).getBytes(StandardCharsets.UTF_8))) {
                    return true;
                }
            }
            return false;
        } catch (Exception e) {
            System.err.println("signature check failed: " + e);
            return false;
        }
    }
}
