package io.socialhire.scoring;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** What an operator scrapes from /q/metrics: HTTP routes, the pool, and the engine per rubric version. */
@QuarkusTest
class MetricsTest {

    @Test
    void scoringsAreCountedByRubricVersionAndRating() {
        int rating = score();
        double before = scoredWith(metrics(), rating);
        assertThat(score()).isEqualTo(rating);
        String after = metrics();
        assertThat(scoredWith(after, rating)).isEqualTo(before + 1);
        assertThat(after).containsPattern("socialhire_scoring_seconds_count\\{[^}]*rubric=\"participation\"[^}]*version=\"2\"");
        assertThat(after).containsPattern("http_server_requests_seconds_count\\{[^}]*uri=\"/api/v1/scorings\"");
        assertThat(after).contains("agroal_active_count");
    }

    @Test
    void metricsNeedNoApiKeyAndExposeNoAnswers() {
        given().contentType(ContentType.JSON).body("{\"answer\": \"I moderate r/secretcommunity every day.\"}")
                .when().post("/api/v1/scorings").then().statusCode(200);
        String text = given().header("Authorization", "").when().get("/q/metrics").then().statusCode(200).extract().asString();
        assertThat(text).doesNotContain("secretcommunity");
    }

    private static String metrics() {
        return given().when().get("/q/metrics").then().statusCode(200).extract().asString();
    }

    private static int score() {
        return given().contentType(ContentType.JSON).body("{\"answer\": \"LinkedIn.\"}").when().post("/api/v1/scorings")
                .then().statusCode(200).extract().path("rating");
    }

    /** The count of answers of participation v2 given this rating (labels in any order). */
    private static double scoredWith(String metrics, int rating) {
        Matcher m = Pattern.compile("(?m)^socialhire_scoring_ratings_total\\{([^}]*)} ([0-9.E+]+)$").matcher(metrics);
        while (m.find()) {
            String labels = m.group(1);
            if (labels.contains("rating=\"" + rating + "\"") && labels.contains("rubric=\"participation\"")
                    && labels.contains("version=\"2\"")) {
                return Double.parseDouble(m.group(2));
            }
        }
        return 0;
    }
}
