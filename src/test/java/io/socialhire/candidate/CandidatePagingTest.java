package io.socialhire.candidate;

import static io.restassured.RestAssured.given;
import static io.socialhire.TestData.candidateWithChannels;
import static io.socialhire.TestData.createCandidate;
import static io.socialhire.TestData.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CandidatePagingTest {

    @Test
    void pagesFollowLinkHeadersWithoutRepeatsOrSkipsWhileRowsAreInserted() {
        String tag = "page-" + UUID.randomUUID().toString().substring(0, 8);
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            expected.add(createCandidate(candidateWithChannels("Pager " + i, uniqueEmail(), tag)));
        }
        Set<String> seen = new LinkedHashSet<>();
        String url = "/api/v1/candidates?tag=" + tag + "&limit=3";
        int pages = 0;
        while (url != null) {
            Response page = given().when().get(url);
            page.then().statusCode(200);
            List<String> ids = page.path("items.id");
            for (String id : ids) {
                assertThat(seen.add(id)).as("id %s repeated", id).isTrue();
            }
            pages++;
            if (pages == 1) {
                // Rows inserted mid-way come after the cursor and must show up exactly once.
                expected.add(createCandidate(candidateWithChannels("Late 1", uniqueEmail(), tag)));
                expected.add(createCandidate(candidateWithChannels("Late 2", uniqueEmail(), tag)));
            }
            String link = page.header("Link");
            String nextCursor = page.path("nextCursor");
            if (link == null) {
                assertThat(nextCursor).isNull();
                url = null;
            } else {
                assertThat(link).endsWith(">; rel=\"next\"").contains("tag=" + tag).contains("limit=3");
                assertThat(link).contains("cursor=" + nextCursor);
                url = link.substring(link.indexOf('<') + 1, link.indexOf('>'));
            }
        }
        assertThat(pages).isEqualTo(3);
        assertThat(seen).containsExactlyElementsOf(expected);
    }

    @Test
    void filtersByPlatformTagQueryAndUpdatedSince() {
        String tag = "filter-" + UUID.randomUUID().toString().substring(0, 8);
        String marker = "Zyx" + UUID.randomUUID().toString().substring(0, 6);
        String withChannels = createCandidate(candidateWithChannels(marker + " Withchannels", uniqueEmail(), tag));
        Instant between = Instant.now();
        String bare = createCandidate("{\"fullName\": \"" + marker + " Bare\", \"email\": \"" + uniqueEmail()
                + "\", \"tags\": [\"" + tag + "\"]}");

        given().queryParam("tag", tag).when().get("/api/v1/candidates").then().statusCode(200).body("items", hasSize(2));
        given().queryParam("tag", tag).queryParam("platform", "Reddit").when().get("/api/v1/candidates")
                .then().statusCode(200).body("items", hasSize(1)).body("items[0].id", equalTo(withChannels));
        given().queryParam("q", marker.toLowerCase() + " bare").when().get("/api/v1/candidates")
                .then().statusCode(200).body("items", hasSize(1)).body("items[0].id", equalTo(bare));
        given().queryParam("tag", tag).queryParam("updatedSince", between.toString()).when().get("/api/v1/candidates")
                .then().statusCode(200).body("items", hasSize(1)).body("items[0].id", equalTo(bare));
        given().queryParam("q", "%").queryParam("tag", tag).when().get("/api/v1/candidates")
                .then().statusCode(200).body("items", hasSize(0));
    }

    @Test
    void badListParametersAre400() {
        for (String query : List.of("limit=0", "limit=201", "limit=-5", "limit=abc", "limit=99999999999",
                "cursor=forged", "cursor=" + "djF8eHx5", "updatedSince=yesterday", "platform=nowhere")) {
            given().when().get("/api/v1/candidates?" + query).then().statusCode(400)
                    .contentType("application/problem+json");
        }
    }
}
