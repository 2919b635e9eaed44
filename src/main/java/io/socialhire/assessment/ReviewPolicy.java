package io.socialhire.assessment;

import io.quarkus.runtime.Startup;
import io.socialhire.common.SocialhireConfig;
import io.socialhire.engine.Recommendation;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Human oversight: which of the engine's outcomes count only once a person has reviewed them
 * (socialhire.review.required-for). Checked at startup, so a misspelt outcome stops the service instead of
 * silently letting rejections through unreviewed.
 */
@Startup
@ApplicationScoped
public class ReviewPolicy {

    static final String KEY = SocialhireConfig.PREFIX + ".review.required-for";

    private final Set<Recommendation> requiredFor;

    public ReviewPolicy(SocialhireConfig config) {
        this.requiredFor = parse(config.review().requiredFor());
    }

    static Set<Recommendation> parse(List<String> configured) {
        Set<Recommendation> parsed = EnumSet.noneOf(Recommendation.class);
        for (String value : configured) {
            try {
                parsed.add(Recommendation.fromJson(value));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(KEY + " lists '" + value + "', which is not a recommendation;"
                        + " use any of definitely_not, no, mixed, yes, strong_yes, separated by commas", e);
            }
        }
        return Set.copyOf(parsed);
    }

    /**
     * Where an assessment stands: reviewed once anyone reviewed it; otherwise pending_review when the engine's
     * recommendation needs a person (or the engine gave none, as for an unsupported language), else final.
     */
    public AssessmentStatus status(Recommendation engine, int reviews) {
        if (reviews > 0) {
            return AssessmentStatus.REVIEWED;
        }
        return engine == null || requiredFor.contains(engine) ? AssessmentStatus.PENDING_REVIEW : AssessmentStatus.FINAL;
    }
}
