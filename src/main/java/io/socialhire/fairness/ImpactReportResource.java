package io.socialhire.fairness;

import io.socialhire.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/fairness/impact-report")
@Tag(name = "Fairness")
public class ImpactReportResource {

    static final String CSV = "text/csv";
    private static final String EXAMPLE = """
            {"computedAt": "2026-12-03T12:00:00Z", "from": "2025-12-03T00:00:00Z", "to": "2026-12-03T00:00:00Z",
             "rubricKey": "participation", "rubricVersions": [2], "assessedCandidates": 1200, "medianScore": 61.5,
             "minimumShareForRatios": 0.02,
             "sex": [{"category": "female", "count": 560, "share": 0.4667, "scoringRate": 0.5125, "scoringImpactRatio": 1.0,
                      "selectionRate": 0.3125, "selectionImpactRatio": 1.0, "meanScore": 62.1, "standardizedMeanDifference": 0.0,
                      "belowFourFifths": false, "compared": true},
                     {"category": "male", "count": 520, "share": 0.4333, "scoringRate": 0.4904, "scoringImpactRatio": 0.9569,
                      "selectionRate": 0.2885, "selectionImpactRatio": 0.9231, "meanScore": 60.8, "standardizedMeanDifference": -0.07,
                      "belowFourFifths": false, "selectionPValue": 0.4101, "compared": true},
                     {"category": "not_given", "count": 120, "share": 0.1, "scoringRate": 0.475, "selectionRate": 0.275,
                      "meanScore": 60.2, "compared": false}],
             "raceEthnicity": [], "intersectional": [],
             "method": "Each candidate counts once, by their latest assessment in the window. ..."}""";

    private final ImpactReportService service;

    public ImpactReportResource(ImpactReportService service) {
        this.service = service;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, CSV})
    @Operation(operationId = "getImpactReport", summary = "Adverse-impact report of the scoring",
            description = "Scoring and selection rates per self-identified sex, race/ethnicity and both, with impact ratios, the"
                    + " four-fifths rule and Fisher's exact test, over each candidate's latest assessment in the window (default: the"
                    + " last 365 days). Send Accept: text/csv for a spreadsheet. Roles: auditor, admin.")
    @APIResponse(responseCode = "200", description = "The report", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImpactReport.class),
                    examples = @ExampleObject(name = "report", value = EXAMPLE)),
            @Content(mediaType = CSV, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING),
                    examples = @ExampleObject(name = "report", value = "dimension,category,sex,race_ethnicity,count,share,scoring_rate,"
                            + "scoring_impact_ratio,selection_rate,selection_impact_ratio,mean_score,standardized_mean_difference,"
                            + "below_four_fifths,selection_p_value,compared\\nsex,female,,,560,0.4667,0.5125,1.0,0.3125,1.0,62.1,0.0,false,,true\\n"))})
    @RolesAllowed({Roles.AUDITOR, Roles.ADMIN})
    public Response report(
            @Parameter(description = "Rubric of the assessments (default participation)")
            @QueryParam("rubricKey") String rubricKey,
            @Parameter(description = "Only this rubric version") @QueryParam("rubricVersion") Integer rubricVersion,
            @Parameter(description = "Only assessments for this role profile, such as community-manager") @QueryParam("roleId") String roleId,
            @Parameter(description = "Start of the window (RFC 3339, such as 2025-12-03T00:00:00Z), inclusive; default a year before to") @QueryParam("from") String from,
            @Parameter(description = "End of the window (RFC 3339), exclusive; default now") @QueryParam("to") String to,
            @Context HttpHeaders headers) {
        ImpactReport report = service.report(rubricKey, rubricVersion, roleId, from, to);
        boolean csv = headers.getAcceptableMediaTypes().stream().findFirst()
                .map(m -> m.isCompatible(MediaType.valueOf(CSV)) && !m.isWildcardType()).orElse(false);
        if (csv) {
            return Response.ok(csv(report), CSV + "; charset=utf-8")
                    .header("Content-Disposition", "attachment; filename=\"impact-report.csv\"").build();
        }
        return Response.ok(report, MediaType.APPLICATION_JSON).build();
    }

    static String csv(ImpactReport report) {
        StringBuilder out = new StringBuilder("dimension,category,sex,race_ethnicity,count,share,scoring_rate,scoring_impact_ratio,"
                + "selection_rate,selection_impact_ratio,mean_score,standardized_mean_difference,below_four_fifths,selection_p_value,"
                + "compared\n");
        for (var dimension : List.of(List.of("sex", report.sex()), List.of("race_ethnicity", report.raceEthnicity()),
                List.of("intersectional", report.intersectional()))) {
            @SuppressWarnings("unchecked")
            List<ImpactReport.Group> groups = (List<ImpactReport.Group>) dimension.get(1);
            for (ImpactReport.Group g : groups) {
                out.append(List.of(dimension.get(0), g.category(), cell(g.sex()), cell(g.raceEthnicity()), g.count(), g.share(),
                                g.scoringRate(), cell(g.scoringImpactRatio()), g.selectionRate(), cell(g.selectionImpactRatio()),
                                cell(g.meanScore()), cell(g.standardizedMeanDifference()), cell(g.belowFourFifths()),
                                cell(g.selectionPValue()), g.compared())
                        .stream().map(v -> quote(String.valueOf(v))).collect(Collectors.joining(","))).append('\n');
            }
        }
        return out.toString();
    }

    private static Object cell(Object value) {
        return value == null ? "" : value;
    }

    /** Quotes a field with a comma, quote or line break (RFC 4180); categories are fixed words, so rarely needed. */
    private static String quote(String value) {
        return value.matches("(?s).*[,\"\\r\\n].*") ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }
}
