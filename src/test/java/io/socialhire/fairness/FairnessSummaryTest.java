package io.socialhire.fairness;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.socialhire.security.Keys;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Thirteen candidates for a role of their own: six women who self-identified as Asian (five strong answers), six men
 * who self-identified as white (two strong), one person of another sex (weak). Published, the men's selection
 * impact ratio is (2/6) / (5/6) = 0.4, under four fifths; the one "other" is shown only as suppressed.
 */
@QuarkusTest
class FairnessSummaryTest {

    private static final String PATH = "/api/v1/fairness/summaries";

    @Inject
    AgroalDataSource dataSource;

    private String roleId;

    @BeforeEach
    void seed() {
        roleId = new SeededPopulation().assessed("female", "asian", 6, 5).assessed("male", "white", 6, 2)
                .assessed("other", null, 1, 0).roleId;
    }

    private Response publish(String body) {
        return given().contentType(ContentType.JSON).body(body).when().post(PATH);
    }

    private String body(String role) {
        return """
                {"from": "2000-01-01T00:00:00Z", "to": "2100-01-01T00:00:00Z", "roleId": "%s", "distributionDate": "2026-01-15",
                 "dataSource": "Candidates assessed in the test window; self-identification voluntary"}""".formatted(role);
    }

    @Test
    void anAdminPublishesAuditorsReadAndNothingChangesIt() throws SQLException {
        Response published = publish(body(roleId));
        published.then().statusCode(201).header("Location", containsString(PATH + "/"))
                .body("report.assessedCandidates", equalTo(13)).body("distributionDate", equalTo("2026-01-15"))
                .body("roleId", equalTo(roleId)).body("rubricKey", equalTo("participation"))
                .body("publicUrl", startsWith("http")).body("publicUrl", containsString("/fairness/summary"));
        String id = published.path("id");
        String auditor = "Bearer " + Keys.of("auditor");
        given().header("Authorization", auditor).when().get(PATH + "/" + id).then().statusCode(200)
                .body("report.sex.find { it.category == 'male' }.selectionImpactRatio", equalTo(0.4f))
                .body("dataSource", equalTo("Candidates assessed in the test window; self-identification voluntary"));
        given().header("Authorization", auditor).queryParam("limit", 1).when().get(PATH).then().statusCode(200)
                .body("items[0].id", equalTo(id));
        given().header("Authorization", "Bearer " + Keys.of("recruiter")).when().get(PATH + "/" + id).then().statusCode(403);
        given().header("Authorization", auditor).contentType(ContentType.JSON).body(body(roleId)).when().post(PATH).then().statusCode(403);

        // Immutable even for someone with the database's data rights.
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            for (String sql : List.of("UPDATE fairness_summary SET data_source = 'edited' WHERE id = '" + id + "'",
                    "DELETE FROM fairness_summary WHERE id = '" + id + "'")) {
                org.assertj.core.api.Assertions.assertThatThrownBy(() -> s.executeUpdate(sql)).isInstanceOf(SQLException.class)
                        .hasMessageContaining("never change");
            }
        }
        given().header("Authorization", auditor).when().get(PATH + "/" + id).then().statusCode(200)
                .body("dataSource", equalTo("Candidates assessed in the test window; self-identification voluntary"));
    }

    @Test
    void theDefaultWindowReadsBackAsPublished() {
        Response published = publish("{\"roleId\": \"" + roleId + "\", \"distributionDate\": \"2026-01-15\", \"dataSource\": \"last year\"}");
        published.then().statusCode(201).body("report.assessedCandidates", equalTo(13));
        JsonPath read = given().when().get(PATH + "/" + published.path("id")).then().statusCode(200).extract().jsonPath();
        assertThat(read.getString("from")).isEqualTo(published.path("from")).isEqualTo(published.path("report.from"));
        assertThat(read.getString("to")).isEqualTo(published.path("to"));
    }

    @Test
    void badRequestsAreProblemsAndWriteNothing() {
        int before = given().queryParam("limit", 200).when().get(PATH).then().statusCode(200).extract().path("items.size()");
        publish("{\"from\": \"2000-01-01T00:00:00Z\", \"to\": \"2100-01-01T00:00:00Z\", \"distributionDate\": \"2026-01-15\"}")
                .then().statusCode(400).body("errors.field", hasItem("dataSource"));
        publish(body(roleId).replace("2026-01-15", "yesterday")).then().statusCode(400);
        publish(body(roleId).replace("2000-01-01T00:00:00Z", "soon")).then().statusCode(400).body("errors[0].field", equalTo("from"));
        publish(body("no-such-role-" + System.nanoTime())).then().statusCode(400).body("errors[0].field", equalTo("roleId"));
        publish(body(roleId).replace("2100-01-01", "2000-01-02")).then().statusCode(422); // nobody assessed then
        given().when().get(PATH + "/" + java.util.UUID.randomUUID()).then().statusCode(404);
        assertThat((int) given().queryParam("limit", 200).when().get(PATH).then().statusCode(200).extract().path("items.size()"))
                .isEqualTo(before);
    }

    @Test
    void thePublicPageShowsTheLatestSummaryWithoutAKeyAndOnlyAggregates() {
        publish(body(roleId)).then().statusCode(201);

        JsonPath json = given().noFilters().accept(ContentType.JSON).when().get("/fairness/summary").then().statusCode(200)
                .extract().jsonPath();
        assertThat(json.getInt("assessedCandidates")).isEqualTo(13);
        assertThat(json.getString("distributionDate")).isEqualTo("2026-01-15");
        List<Map<String, Object>> sex = json.getList("dimensions.find { it.name == 'sex' }.groups");
        Map<String, Object> men = sex.stream().filter(g -> g.get("category").equals("male")).findFirst().orElseThrow();
        assertThat(men.get("count")).isEqualTo(6);
        assertThat(((Number) men.get("selectionImpactRatio")).doubleValue()).isCloseTo(0.4, org.assertj.core.api.Assertions.within(1e-4));
        Map<String, Object> other = sex.stream().filter(g -> g.get("category").equals("other")).findFirst().orElseThrow();
        assertThat(other.get("suppressed")).isEqualTo(true);
        assertThat(other.get("count")).isNull();
        assertThat(other.get("selectionRate")).isNull();
        assertThat(json.getString("dataSource")).isEqualTo("Candidates assessed in the test window; self-identification voluntary");

        String html = given().noFilters().when().get("/fairness/summary").then().statusCode(200)
                .contentType(startsWith("text/html")).body(containsString("<html lang=\"en\">"))
                .body(containsString("<h1>Bias audit summary</h1>")).body(containsString("2026-01-15"))
                .body(containsString("<svg role=\"img\"")).body(containsString("<title id=\"sex-title\">"))
                .body(containsString("0.40 (under 0.8)")).body(containsString("suppressed: fewer than 5 candidates"))
                .body(containsString("<caption>By sex")).body(not(containsString(roleId)))
                .extract().asString();
        // The 0.8 line sits at four fifths of the bar area; the men's selection bar at 0.4 of it.
        assertThat(html).contains("x1=\"" + (PublicSummaryResource.LABEL_WIDTH + 240) + "\"")
                .contains("width=\"" + Math.round(0.4 * PublicSummaryResource.BAR_AREA) + "\"");
    }
}
