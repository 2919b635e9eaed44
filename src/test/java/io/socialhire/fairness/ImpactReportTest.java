package io.socialhire.fairness;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.socialhire.security.Keys;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Ten candidates assessed for a role of their own: four women (three strong answers), four men (one strong answer),
 * two who gave nothing. The report must show the men's selection rate at a third of the women's, below four fifths,
 * with Fisher's p for 1 of 4 against 3 of 4, and leave the candidates who gave nothing out of the comparison.
 */
@QuarkusTest
class ImpactReportTest {

    private String roleId;

    @BeforeEach
    void seed() {
        roleId = new SeededPopulation().assessed("female", null, 4, 3).assessed("male", null, 4, 1)
                .assessed(null, null, SeededPopulation.STRONG).assessed(null, null, SeededPopulation.WEAK).roleId;
    }

    @Test
    void showsImpactRatiosAndTheFourFifthsRule() {
        JsonPath report = given().header("Authorization", "Bearer " + Keys.of("auditor")).queryParam("roleId", roleId)
                .when().get("/api/v1/fairness/impact-report").then().statusCode(200).extract().jsonPath();

        assertThat(report.getInt("assessedCandidates")).isEqualTo(10);
        assertThat(report.getList("rubricVersions", Integer.class)).isNotEmpty();
        Map<String, Object> women = group(report, "sex", "female");
        Map<String, Object> men = group(report, "sex", "male");
        Map<String, Object> notGiven = group(report, "sex", "not_given");
        assertThat(((Number) women.get("selectionRate")).doubleValue()).isCloseTo(0.75, within(1e-4));
        assertThat(((Number) women.get("selectionImpactRatio")).doubleValue()).isCloseTo(1.0, within(1e-4));
        assertThat(((Number) men.get("selectionRate")).doubleValue()).isCloseTo(0.25, within(1e-4));
        assertThat(((Number) men.get("selectionImpactRatio")).doubleValue()).isCloseTo(1.0 / 3, within(1e-4));
        assertThat(men.get("belowFourFifths")).isEqualTo(true);
        assertThat(((Number) men.get("selectionPValue")).doubleValue()).isCloseTo(0.4857, within(1e-4));
        assertThat(((Number) men.get("standardizedMeanDifference")).doubleValue()).isNegative();
        assertThat(notGiven.get("count")).isEqualTo(2);
        assertThat(notGiven.get("compared")).isEqualTo(false);
        assertThat(notGiven).doesNotContainKey("selectionImpactRatio");
        assertThat(group(report, "raceEthnicity", "not_given").get("count")).isEqualTo(10);
        assertThat(((Number) women.get("scoringRate")).doubleValue()).isGreaterThan(((Number) men.get("scoringRate")).doubleValue());
    }

    @Test
    void theSameInputsGiveTheSameReportAndACsv() {
        String auditor = "Bearer " + Keys.of("auditor");
        String first = given().header("Authorization", auditor).queryParam("roleId", roleId).queryParam("to", "2100-01-01T00:00:00Z")
                .queryParam("from", "2000-01-01T00:00:00Z").when().get("/api/v1/fairness/impact-report").then().statusCode(200)
                .extract().asString().replaceAll("\"computedAt\":\"[^\"]+\"", "");
        String second = given().header("Authorization", auditor).queryParam("roleId", roleId).queryParam("to", "2100-01-01T00:00:00Z")
                .queryParam("from", "2000-01-01T00:00:00Z").when().get("/api/v1/fairness/impact-report").then().statusCode(200)
                .extract().asString().replaceAll("\"computedAt\":\"[^\"]+\"", "");
        assertThat(second).isEqualTo(first);

        String csv = given().header("Authorization", auditor).accept("text/csv").queryParam("roleId", roleId)
                .when().get("/api/v1/fairness/impact-report").then().statusCode(200).contentType(org.hamcrest.Matchers.startsWith("text/csv"))
                .extract().asString();
        List<String> lines = csv.lines().toList();
        assertThat(lines.get(0)).startsWith("dimension,category,sex,race_ethnicity,count,share,");
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("sex,male,,,4,0.4,"));
    }

    @Test
    void onlyAuditorsAndAdminsReadItAndBadWindowsAreRefused() {
        given().header("Authorization", "Bearer " + Keys.of("recruiter")).when().get("/api/v1/fairness/impact-report").then().statusCode(403);
        given().header("Authorization", "Bearer " + Keys.of("hiring_manager")).when().get("/api/v1/fairness/impact-report").then().statusCode(403);
        given().queryParam("from", "yesterday").when().get("/api/v1/fairness/impact-report").then().statusCode(400)
                .body("errors[0].field", equalTo("from"));
        given().queryParam("from", "2026-12-03T00:00:00Z").queryParam("to", "2026-12-01T00:00:00Z")
                .when().get("/api/v1/fairness/impact-report").then().statusCode(400);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> group(JsonPath report, String dimension, String category) {
        List<Map<String, Object>> groups = report.getList(dimension);
        return groups.stream().filter(g -> category.equals(g.get("category"))).findFirst()
                .orElseThrow(() -> new AssertionError(dimension + " has no " + category + ": " + groups));
    }
}
