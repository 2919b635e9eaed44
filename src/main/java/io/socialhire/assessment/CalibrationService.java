package io.socialhire.assessment;

import io.socialhire.common.ApiException;
import io.socialhire.common.Text;
import io.socialhire.engine.Agreement;
import io.socialhire.engine.ScoringResult;
import io.socialhire.rubric.RubricRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How far the engine agrees with reviewers' final judgements, to calibrate a rubric. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CalibrationService {

    static final String EXAMPLE = """
            {"rubric": "participation", "count": 42,
             "rating": {"count": 42, "exactAgreement": 0.71, "adjacentAgreement": 0.98, "quadraticWeightedKappa": 0.86, "meanDifference": -0.12},
             "versions": [{"version": 1, "rating": {"count": 42, "exactAgreement": 0.71, "adjacentAgreement": 0.98, "quadraticWeightedKappa": 0.86, "meanDifference": -0.12}}],
             "criteria": [{"criterion": "two_way_interaction", "agreement": {"count": 42, "exactAgreement": 0.64, "adjacentAgreement": 0.95, "quadraticWeightedKappa": 0.81, "meanDifference": 0.1}}]}""";

    @Schema(name = "Calibration", description = "Agreement of the engine with the final reviews. meanDifference is reviewer minus engine; "
            + "rating figures use the 1..5 scale, criterion figures the 0..4 level scale.")
    public record Calibration(
            @Schema(example = "participation") String rubric,
            @Schema(description = "Reviewed assessments with an engine rating") int count,
            Agreement rating,
            List<VersionAgreement> versions,
            List<CriterionAgreement> criteria) {
    }

    @Schema(name = "VersionAgreement")
    public record VersionAgreement(int version, Agreement rating) {
    }

    @Schema(name = "CriterionAgreement")
    public record CriterionAgreement(String criterion, Agreement agreement) {
    }

    private final AssessmentRepository stored;
    private final RubricRegistry rubrics;
    private final AssessmentService assessments;

    public CalibrationService(AssessmentRepository stored, RubricRegistry rubrics, AssessmentService assessments) {
        this.stored = stored;
        this.rubrics = rubrics;
        this.assessments = assessments;
    }

    public Calibration calibrate(String rubricKey) {
        if (!rubrics.exists(rubricKey)) {
            throw ApiException.notFound("Rubric", Text.abbreviate(rubricKey));
        }
        List<Agreement.Pair> ratings = new ArrayList<>();
        Map<Integer, List<Agreement.Pair>> byVersion = new TreeMap<>();
        Map<String, List<Agreement.Pair>> byCriterion = new LinkedHashMap<>();
        java.util.Set<java.util.UUID> seen = new java.util.HashSet<>();
        for (AssessmentRepository.Reviewed row : stored.listReviewed(rubricKey)) {
            Assessment a = row.assessment();
            Review r = row.latestReview();
            if (!seen.add(a.id)) {
                continue; // two reviews with the same timestamp: count the assessment once
            }
            Agreement.Pair pair = new Agreement.Pair(r.rating, a.rating);
            ratings.add(pair);
            byVersion.computeIfAbsent(a.rubricVersion, v -> new ArrayList<>()).add(pair);
            Map<String, Integer> engineLevels = new LinkedHashMap<>();
            for (ScoringResult.CriterionResult c : assessments.result(a).criteria()) {
                engineLevels.put(c.criterion(), c.level());
            }
            for (AssessmentViews.CriterionLevel level : assessments.levels(r)) {
                Integer engineLevel = engineLevels.get(level.criterion());
                if (engineLevel != null) {
                    byCriterion.computeIfAbsent(level.criterion(), k -> new ArrayList<>())
                            .add(new Agreement.Pair(level.level(), engineLevel));
                }
            }
        }
        return new Calibration(rubricKey, ratings.size(), Agreement.of(ratings, 1, 5),
                byVersion.entrySet().stream().map(e -> new VersionAgreement(e.getKey(), Agreement.of(e.getValue(), 1, 5))).toList(),
                byCriterion.entrySet().stream().map(e -> new CriterionAgreement(e.getKey(), Agreement.of(e.getValue(), 0, 4))).toList());
    }
}
