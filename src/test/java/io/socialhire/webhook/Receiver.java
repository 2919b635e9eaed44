package io.socialhire.webhook;

import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.EmptyWebhookSecretException;
import com.standardwebhooks.exceptions.WebhookVerificationException;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** A webhook receiver on a free local port: keeps every request and answers with the replies it is given, then 200. */
final class Receiver implements AutoCloseable {

    /** One answer: its status, headers to send, and how long to wait before answering. */
    record Reply(int status, Map<String, String> headers, Duration delay) {
        static Reply status(int status) {
            return new Reply(status, Map.of(), Duration.ZERO);
        }
    }

    /** One request as received: headers by lower-case name, and the raw body. */
    record Received(Map<String, String> headers, String body) {
        String header(String name) {
            return headers.get(name.toLowerCase());
        }

        /** What a receiver does with the Standard Webhooks library: true when any signature sent is the secret's. */
        boolean verifiedBy(String secret) throws EmptyWebhookSecretException {
            Map<String, List<String>> sent = new TreeMap<>();
            headers.forEach((name, value) -> sent.put(name, List.of(value)));
            try {
                new Webhook(secret).verify(body, sent);
                return true;
            } catch (WebhookVerificationException e) {
                return false;
            }
        }

        /** The v1 signature of this request under the secret, computed here from the spec, apart from the code under test. */
        String signatureBy(String secret) throws GeneralSecurityException {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
            String signed = header("webhook-id") + "." + header("webhook-timestamp") + "." + body;
            return "v1," + Base64.getEncoder().encodeToString(mac.doFinal(signed.getBytes(StandardCharsets.UTF_8)));
        }
    }

    private final HttpServer server;
    private final BlockingQueue<Received> received = new LinkedBlockingQueue<>();
    private final ConcurrentLinkedQueue<Reply> replies = new ConcurrentLinkedQueue<>();
    private final java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newCachedThreadPool();

    Receiver(Integer... statuses) throws IOException {
        this(List.of(statuses).stream().map(Reply::status).toList());
    }

    /** A receiver that answers with these replies, then 200. */
    static Receiver replying(Reply... replies) throws IOException {
        return new Receiver(List.of(replies));
    }

    private Receiver(List<Reply> replies) throws IOException {
        this.replies.addAll(replies);
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        // Threads of its own, so a reply that waits does not hold the next request.
        server.setExecutor(threads);
        server.createContext("/", exchange -> {
            try (InputStream in = exchange.getRequestBody()) {
                Map<String, String> headers = new TreeMap<>();
                exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(), String.join(",", values)));
                received.add(new Received(headers, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            }
            Reply reply = this.replies.poll();
            if (reply == null) {
                reply = Reply.status(200);
            }
            try {
                Thread.sleep(reply.delay().toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            reply.headers().forEach(exchange.getResponseHeaders()::add);
            try {
                exchange.sendResponseHeaders(reply.status(), -1);
            } catch (IOException e) {
                // The sender gave up waiting (a timeout test): nobody reads this answer.
            }
            exchange.close();
        });
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hooks";
    }

    /** The next request, waiting up to the timeout; fails when none comes. */
    Received next(Duration timeout) throws InterruptedException {
        Received r = received.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (r == null) {
            throw new AssertionError("no webhook arrived within " + timeout);
        }
        return r;
    }

    /** Every request received so far, without waiting. */
    List<Received> drain() {
        List<Received> all = new ArrayList<>();
        received.drainTo(all);
        return all;
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
