package io.socialhire.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class AgreementTest {
    @Test
    void perfectAgreement() {
        Agreement a = Agreement.of(new int[] {1, 2, 3, 4, 5}, new int[] {1, 2, 3, 4, 5}, 1, 5);
        assertThat(a.quadraticWeightedKappa()).isEqualTo(1.0);
        assertThat(a.exactAgreement()).isEqualTo(1.0);
        assertThat(a.meanDifference()).isZero();
    }

    @Test
    void knownValue() {
        // reference value computed independently (Python, same formula)
        Agreement a = Agreement.of(new int[] {1, 2, 3, 4}, new int[] {1, 2, 4, 4}, 1, 5);
        assertThat(a.count()).isEqualTo(4);
        assertThat(a.exactAgreement()).isEqualTo(0.75);
        assertThat(a.adjacentAgreement()).isEqualTo(1.0);
        assertThat(a.meanDifference()).isEqualTo(-0.25);
        assertThat(a.quadraticWeightedKappa()).isCloseTo(0.9167, within(1e-3));
    }

    @Test
    void reversedIsNegative() {
        Agreement a = Agreement.of(new int[] {1, 2, 4, 5}, new int[] {5, 4, 2, 1}, 1, 5);
        assertThat(a.quadraticWeightedKappa()).isLessThan(0);
    }
}
