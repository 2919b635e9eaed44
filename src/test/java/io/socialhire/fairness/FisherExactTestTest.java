package io.socialhire.fairness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Against values R's fisher.test gives for the same tables. */
class FisherExactTestTest {

    @Test
    void matchesRsFisherTest() {
        assertThat(FisherExactTest.twoSided(1, 3, 3, 1)).isCloseTo(0.4857, within(1e-4));
        assertThat(FisherExactTest.twoSided(1, 9, 11, 3)).isCloseTo(0.002759, within(1e-6));
        assertThat(FisherExactTest.twoSided(3, 1, 1, 3)).isCloseTo(0.4857, within(1e-4));
        assertThat(FisherExactTest.twoSided(5, 5, 5, 5)).isCloseTo(1.0, within(1e-9));
        assertThat(FisherExactTest.twoSided(0, 10, 10, 0)).isCloseTo(1.0825e-5, within(1e-8));
    }

    @Test
    void readsLargeGroupsWithoutOverflow() {
        // 40% against 44% of 50,000 each: a clear difference at this size
        assertThat(FisherExactTest.twoSided(20_000, 30_000, 22_000, 28_000)).isBetween(0.0, 1e-6);
        assertThat(FisherExactTest.twoSided(20_000, 30_000, 20_010, 29_990)).isGreaterThan(0.9);
    }
}
