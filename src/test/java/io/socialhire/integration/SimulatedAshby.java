package io.socialhire.integration;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Ashby's side of its assessments API, on a free local port: it takes assessment.update as Ashby
 * documents it (POST {base}/assessment.update, the customer's API key as the Basic username),
 * answering with the statuses it is given, then 200 {"success": true}.
 */
final class SimulatedAshby implements AutoCloseable {

    /** The Ashby the test profile points socialhire at. */
    static final SimulatedAshby INSTANCE = start();

    /** An assessment.update as received. */
    record Update(String method, String path, Map<String, String> headers, String body, int answered) {
        String header(String name) {
            return headers.get(name.toLowerCase());
        }
    }

    private final HttpServer server;
    private final BlockingQueue<Update> updates = new LinkedBlockingQueue<>();
    private final ConcurrentLinkedQueue<Integer> replies = new ConcurrentLinkedQueue<>();

    private SimulatedAshby() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), AshbyConnectorTest.SimulatedAshbyProfile.port()), 0);
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "simulated-ashby");
            t.setDaemon(true);
            return t;
        }));
        server.createContext("/", exchange -> {
            Map<String, String> headers = new TreeMap<>();
            exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(), String.join(",", values)));
            String body;
            try (InputStream in = exchange.getRequestBody()) {
                body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            Integer reply = replies.poll();
            int status = reply == null ? 200 : reply;
            byte[] answer = (status == 200 ? "{\"success\": true}" : "{\"success\": false}").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, answer.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(answer);
            }
            updates.add(new Update(exchange.getRequestMethod(), exchange.getRequestURI().getPath(), headers, body, status));
        });
        server.start();
    }

    private static SimulatedAshby start() {
        try {
            return new SimulatedAshby();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The next updates are answered with these statuses; then 200 again. */
    void answerNext(Integer... statuses) {
        replies.addAll(java.util.List.of(statuses));
    }

    Update next(Duration timeout) throws InterruptedException {
        Update u = updates.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (u == null) {
            throw new AssertionError("no assessment.update arrived within " + timeout);
        }
        return u;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
