package io.socialhire.candidate;

import static io.restassured.RestAssured.given;
import static io.socialhire.TestData.candidate;
import static io.socialhire.TestData.createCandidate;
import static io.socialhire.TestData.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Writers holding the same ETag race; exactly one wins and nobody's change is silently lost. */
@QuarkusTest
class ConcurrentUpdateTest {

    @Test
    void oneWinnerTheRestGet412() throws Exception {
        for (int round = 0; round < 5; round++) {
            String id = createCandidate(candidate("Race " + round, uniqueEmail()));
            int writers = 6;
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(writers);
            List<Future<int[]>> results = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                int writer = w;
                Callable<int[]> patch = () -> {
                    start.await();
                    int status = given().contentType("application/merge-patch+json").header("If-Match", "\"0\"")
                            .body("{\"headline\": \"writer " + writer + "\"}")
                            .when().patch("/api/v1/candidates/" + id).then().extract().statusCode();
                    return new int[] {writer, status};
                };
                results.add(pool.submit(patch));
            }
            start.countDown();
            List<Integer> winners = new ArrayList<>();
            for (Future<int[]> result : results) {
                int[] outcome = result.get(30, TimeUnit.SECONDS);
                assertThat(outcome[1]).isIn(200, 412);
                if (outcome[1] == 200) {
                    winners.add(outcome[0]);
                }
            }
            pool.shutdown();
            assertThat(winners).hasSize(1);
            given().when().get("/api/v1/candidates/" + id).then().statusCode(200)
                    .body("headline", org.hamcrest.Matchers.equalTo("writer " + winners.get(0)))
                    .body("version", org.hamcrest.Matchers.equalTo(1));
        }
    }
}
