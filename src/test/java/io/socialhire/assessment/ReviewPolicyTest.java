package io.socialhire.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import io.smallrye.config.PropertiesConfigSource;
import io.quarkus.runtime.configuration.DurationConverter;
import io.socialhire.common.SocialhireConfig;
import io.socialhire.engine.Recommendation;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReviewPolicyTest {

    private static ReviewPolicy policy(Map<String, String> properties) {
        SmallRyeConfig config = new SmallRyeConfigBuilder().withMapping(SocialhireConfig.class)
                .withConverter(Duration.class, 200, new DurationConverter())
                .withSources(new PropertiesConfigSource(properties, "test", 250)).build();
        return new ReviewPolicy(config.getConfigMapping(SocialhireConfig.class));
    }

    @Test
    void byDefaultRejectionsWaitForAPersonAndOtherOutcomesAreFinal() {
        ReviewPolicy policy = policy(Map.of());
        assertThat(policy.status(Recommendation.DEFINITELY_NOT, 0)).isEqualTo(AssessmentStatus.PENDING_REVIEW);
        assertThat(policy.status(Recommendation.NO, 0)).isEqualTo(AssessmentStatus.PENDING_REVIEW);
        assertThat(policy.status(Recommendation.MIXED, 0)).isEqualTo(AssessmentStatus.FINAL);
        assertThat(policy.status(Recommendation.STRONG_YES, 0)).isEqualTo(AssessmentStatus.FINAL);
        assertThat(policy.status(null, 0)).as("not rated").isEqualTo(AssessmentStatus.PENDING_REVIEW);
        assertThat(policy.status(Recommendation.NO, 1)).isEqualTo(AssessmentStatus.REVIEWED);
        assertThat(policy.status(Recommendation.YES, 2)).isEqualTo(AssessmentStatus.REVIEWED);
    }

    @Test
    void theSetIsConfigurable() {
        ReviewPolicy policy = policy(Map.of("socialhire.review.required-for", "mixed, Strong_Yes"));
        assertThat(policy.status(Recommendation.NO, 0)).isEqualTo(AssessmentStatus.FINAL);
        assertThat(policy.status(Recommendation.MIXED, 0)).isEqualTo(AssessmentStatus.PENDING_REVIEW);
        assertThat(policy.status(Recommendation.STRONG_YES, 0)).isEqualTo(AssessmentStatus.PENDING_REVIEW);
    }

    @Test
    void anUnknownOutcomeStopsTheStartNamingTheKey() {
        assertThatThrownBy(() -> policy(Map.of("socialhire.review.required-for", "definitely_not,nope")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("socialhire.review.required-for").hasMessageContaining("'nope'")
                .hasMessageContaining("strong_yes");
    }
}
