package io.socialhire;

import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/** Sends requests at the same moment from as many threads, and counts what every race sent and got back. */
public final class Race {

    private static final AtomicInteger SENT = new AtomicInteger();
    private static final AtomicInteger SERVER_ERRORS = new AtomicInteger();

    private Race() {
    }

    /** Runs request(0..n-1) together, released at once, and returns the responses in that order. */
    public static List<Response> run(int n, IntFunction<Response> request) {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            CountDownLatch ready = new CountDownLatch(n);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Response>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int index = i;
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    start.await();
                    return request.apply(index);
                }));
            }
            ready.await(30, TimeUnit.SECONDS);
            start.countDown();
            List<Response> responses = new ArrayList<>();
            for (Future<Response> future : futures) {
                Response response = future.get(60, TimeUnit.SECONDS);
                SENT.incrementAndGet();
                if (response.statusCode() >= 500) {
                    SERVER_ERRORS.incrementAndGet();
                }
                responses.add(response);
            }
            return responses;
        } catch (Exception e) {
            throw new IllegalStateException("a racing request did not finish", e);
        } finally {
            pool.shutdownNow();
        }
    }

    /** "N concurrent requests, M answered 5xx" over every race run so far. */
    public static String totals() {
        return SENT.get() + " concurrent requests, " + SERVER_ERRORS.get() + " answered 5xx";
    }
}
