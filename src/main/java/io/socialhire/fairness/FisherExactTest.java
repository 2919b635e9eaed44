package io.socialhire.fairness;

/**
 * Fisher's exact test of a 2x2 table, two-sided (the sum of the probabilities of every table with the same margins
 * that is no more likely than the one observed), as R's fisher.test computes it. Small groups then show how little
 * their rates can say before anyone reads an impact ratio as evidence.
 */
public final class FisherExactTest {

    private FisherExactTest() {
    }

    /**
     * @param a selected in group 1
     * @param b not selected in group 1
     * @param c selected in group 2
     * @param d not selected in group 2
     */
    public static double twoSided(int a, int b, int c, int d) {
        int row1 = a + b;
        int col1 = a + c;
        int n = a + b + c + d;
        double[] logFactorial = new double[n + 1];
        for (int i = 2; i <= n; i++) {
            logFactorial[i] = logFactorial[i - 1] + Math.log(i);
        }
        int min = Math.max(0, col1 - (n - row1));
        int max = Math.min(row1, col1);
        double observed = logProbability(logFactorial, a, row1, col1, n);
        double p = 0;
        for (int x = min; x <= max; x++) {
            double log = logProbability(logFactorial, x, row1, col1, n);
            if (log <= observed + 1e-7) { // relative tolerance, as R uses, so ties with the observed table count
                p += Math.exp(log);
            }
        }
        return Math.min(1.0, p);
    }

    /** log P(X = x) for the hypergeometric distribution of the table's first cell. */
    private static double logProbability(double[] logFactorial, int x, int row1, int col1, int n) {
        return logChoose(logFactorial, col1, x) + logChoose(logFactorial, n - col1, row1 - x) - logChoose(logFactorial, n, row1);
    }

    private static double logChoose(double[] logFactorial, int n, int k) {
        return logFactorial[n] - logFactorial[k] - logFactorial[n - k];
    }
}
