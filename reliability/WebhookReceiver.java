import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A webhook receiver for the reliability scripts, run from source with the JDK alone:
 *
 * <pre>WEBHOOK_SECRET=whsec_... java reliability/WebhookReceiver.java PORT LOG [HOLD_MS]</pre>
 *
 * Listens on 127.0.0.1:PORT. Every POST is checked as a Standard Webhooks receiver would: "v1," and the
 * base64 HMAC-SHA256 of "webhook-id.webhook-timestamp.body", keyed with the base64 part of the secret after
 * "whsec_", against any of the space-separated signatures sent, and a timestamp within 5 minutes. It
 * appends one line per request to LOG: webhook-id, "ok" or "bad", the event's type and the id in its data
 * ("-" when absent); then holds the answer HOLD_MS (default 0) so that deliveries are in flight, and answers
 * 204, or 401 to a bad signature. GET /stats answers "received N inflight M".
 */
public class WebhookReceiver {

    private static final Pattern TYPE = Pattern.compile("\"type\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern DATA_ID = Pattern.compile("\"data\"\\s*:\\s*\\{[^}]*?\"id\"\\s*:\\s*\"([^\"]+)\"");
    private static final long TOLERANCE_SECONDS = 300;

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: WEBHOOK_SECRET=whsec_... java WebhookReceiver.java PORT LOG [HOLD_MS]");
            System.exit(2);
        }
        String secret = System.getenv("WEBHOOK_SECRET");
        if (secret == null || !secret.startsWith("whsec_")) {
            System.err.println("WEBHOOK_SECRET must hold the endpoint's whsec_ secret");
            System.exit(2);
        }
        byte[] key = Base64.getDecoder().decode(secret.substring("whsec_".length()));
        int port = Integer.parseInt(args[0]);
        long holdMillis = args.length > 2 ? Long.parseLong(args[2]) : 0;
        PrintStream log = new PrintStream(new FileOutputStream(args[1], true), true, StandardCharsets.UTF_8);
        AtomicInteger received = new AtomicInteger();
        AtomicInteger inflight = new AtomicInteger();

        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 100);
        // A thread per request, so held answers do not queue the next requests behind them.
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/stats", exchange -> answer(exchange, 200,
                "received " + received.get() + " inflight " + inflight.get() + "\n"));
        server.createContext("/", exchange -> {
            inflight.incrementAndGet();
            try {
                byte[] body;
                try (InputStream in = exchange.getRequestBody()) {
                    body = in.readAllBytes();
                }
                String id = exchange.getRequestHeaders().getFirst("webhook-id");
                boolean verified = verified(key, id, exchange.getRequestHeaders().getFirst("webhook-timestamp"),
                        exchange.getRequestHeaders().getFirst("webhook-signature"), body);
                String text = new String(body, StandardCharsets.UTF_8);
                synchronized (log) {
                    log.println((id == null ? "-" : id) + " " + (verified ? "ok" : "bad") + " " + first(TYPE, text) + " "
                            + first(DATA_ID, text));
                }
                received.incrementAndGet();
                Thread.sleep(holdMillis);
                answer(exchange, verified ? 204 : 401, "");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                inflight.decrementAndGet();
            }
        });
        server.start();
        System.err.println("webhook receiver on 127.0.0.1:" + port + ", holding each answer " + holdMillis + " ms");
    }

    static boolean verified(byte[] key, String id, String timestamp, String signatures, byte[] body) {
        if (id == null || timestamp == null || signatures == null) {
            return false;
        }
        long sentAt;
        try {
            sentAt = Long.parseLong(timestamp);
        } catch (NumberFormatException e) {
            return false;
        }
        if (Math.abs(Instant.now().getEpochSecond() - sentAt) > TOLERANCE_SECONDS) {
            return false;
        }
        byte[] expected;
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            mac.update((id + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8));
            expected = ("v1," + Base64.getEncoder().encodeToString(mac.doFinal(body))).getBytes(StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is in every JDK", e);
        }
        for (String signature : signatures.trim().split(" +")) {
            if (MessageDigest.isEqual(expected, signature.getBytes(StandardCharsets.UTF_8))) {
                return true;
            }
        }
        return false;
    }

    private static String first(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        return m.find() ? m.group(1) : "-";
    }

    private static void answer(HttpExchange exchange, int status, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        try {
            exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
            if (bytes.length > 0) {
                exchange.getResponseBody().write(bytes);
            }
        } catch (IOException e) {
            // The sender is gone (killed mid-request): nobody reads this answer, and the log already has the request.
        } finally {
            exchange.close();
        }
    }
}
