package io.socialhire.engine;

import java.util.List;

/**
 * Agreement between two raters over the same items on an ordinal scale (engine vs reviewer, or engine vs labels).
 *
 * @param count                  number of pairs
 * @param exactAgreement         share of pairs with equal ratings (0..1)
 * @param adjacentAgreement      share of pairs within one point (0..1)
 * @param quadraticWeightedKappa Cohen's kappa with quadratic weights (1 = perfect, 0 = chance); 1 when both raters
 *                               are constant and equal, 0 when there is no variance to compare otherwise
 * @param meanDifference         mean of (first - second); positive means the first rater rates higher
 */
public record Agreement(int count, double exactAgreement, double adjacentAgreement, double quadraticWeightedKappa,
                        double meanDifference) {

    /** A pair of ratings. */
    public record Pair(int first, int second) {
    }

    public static Agreement of(List<Pair> pairs, int min, int max) {
        int[] a = new int[pairs.size()];
        int[] b = new int[pairs.size()];
        for (int i = 0; i < a.length; i++) {
            a[i] = pairs.get(i).first();
            b[i] = pairs.get(i).second();
        }
        return of(a, b, min, max);
    }

    /** Computes agreement of {@code first[i]} vs {@code second[i]} on the scale {@code min..max}. */
    public static Agreement of(int[] first, int[] second, int min, int max) {
        if (first.length != second.length) {
            throw new IllegalArgumentException("rating arrays differ in length");
        }
        if (max <= min) {
            throw new IllegalArgumentException("max must be greater than min");
        }
        int n = first.length;
        if (n == 0) {
            return new Agreement(0, 0, 0, 0, 0);
        }
        int k = max - min + 1;
        double[][] observed = new double[k][k];
        double[] ha = new double[k];
        double[] hb = new double[k];
        int exact = 0;
        int adjacent = 0;
        double diff = 0;
        for (int i = 0; i < n; i++) {
            int x = first[i];
            int y = second[i];
            if (x < min || x > max || y < min || y > max) {
                throw new IllegalArgumentException("rating out of scale " + min + ".." + max + " at index " + i);
            }
            observed[x - min][y - min]++;
            ha[x - min]++;
            hb[y - min]++;
            if (x == y) {
                exact++;
            }
            if (Math.abs(x - y) <= 1) {
                adjacent++;
            }
            diff += x - y;
        }
        double num = 0;
        double den = 0;
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                double w = (double) (i - j) * (i - j) / ((double) (k - 1) * (k - 1));
                num += w * observed[i][j];
                den += w * ha[i] * hb[j] / n;
            }
        }
        double kappa = den == 0 ? (num == 0 ? 1.0 : 0.0) : 1.0 - num / den;
        return new Agreement(n, (double) exact / n, (double) adjacent / n, kappa, diff / n);
    }
}
