package io.socialhire.engine.training;

import io.socialhire.engine.rating.TextModel;
import java.util.List;

/**
 * Fits the bag-of-n-grams {@link TextModel}: smoothed IDF from the training answers, then multinomial logistic
 * regression with an L2 penalty (1 / (C * n), as scikit-learn's C) by gradient descent with Nesterov momentum.
 * Deterministic.
 */
public final class TextModelFit {
    public static final int BUCKETS = 1 << 16;

    private TextModelFit() {
    }

    public static TextModel fit(List<String> texts, int[] ratings, double c) {
        int n = texts.size();
        List<int[][]> counts = texts.stream().map(t -> TextModel.counts(t, BUCKETS)).toList();
        int[] df = new int[BUCKETS];
        for (int[][] doc : counts) {
            for (int b : doc[0]) {
                df[b]++;
            }
        }
        float[] idf = new float[BUCKETS];
        for (int b = 0; b < BUCKETS; b++) {
            idf[b] = (float) (Math.log((1.0 + n) / (1.0 + df[b])) + 1);
        }
        List<TextModel.Sparse> x = counts.stream().map(doc -> TextModel.vector(doc, idf)).toList();
        int classes = 5;
        double lambda = 1.0 / (c * n);
        double[][] w = new double[classes][BUCKETS];
        double[][] v = new double[classes][BUCKETS];
        double[] b = new double[classes];
        double[] vb = new double[classes];
        double rate = 1.0;
        double momentum = 0.9;
        for (int iter = 0; iter < 600; iter++) {
            // look-ahead point
            double[][] wl = new double[classes][];
            double[] bl = new double[classes];
            for (int k = 0; k < classes; k++) {
                wl[k] = new double[BUCKETS];
                for (int j = 0; j < BUCKETS; j++) {
                    wl[k][j] = w[k][j] + momentum * v[k][j];
                }
                bl[k] = b[k] + momentum * vb[k];
            }
            double[][] g = new double[classes][BUCKETS];
            double[] gb = new double[classes];
            for (int i = 0; i < n; i++) {
                double[] p = softmax(x.get(i), bl, wl);
                for (int k = 0; k < classes; k++) {
                    double err = p[k] - (ratings[i] - 1 == k ? 1 : 0);
                    gb[k] += err / n;
                    TextModel.Sparse xi = x.get(i);
                    for (int t = 0; t < xi.ids().length; t++) {
                        g[k][xi.ids()[t]] += err * xi.values()[t] / n;
                    }
                }
            }
            for (int k = 0; k < classes; k++) {
                for (int j = 0; j < BUCKETS; j++) {
                    double grad = g[k][j] + lambda * wl[k][j];
                    v[k][j] = momentum * v[k][j] - rate * grad;
                    w[k][j] += v[k][j];
                }
                vb[k] = momentum * vb[k] - rate * gb[k];
                b[k] += vb[k];
            }
        }
        float[][] wf = new float[classes][BUCKETS];
        float[] bf = new float[classes];
        for (int k = 0; k < classes; k++) {
            for (int j = 0; j < BUCKETS; j++) {
                wf[k][j] = (float) w[k][j];
            }
            bf[k] = (float) b[k];
        }
        return new TextModel(idf, bf, wf);
    }

    private static double[] softmax(TextModel.Sparse x, double[] b, double[][] w) {
        double[] z = new double[b.length];
        for (int k = 0; k < z.length; k++) {
            double s = b[k];
            for (int t = 0; t < x.ids().length; t++) {
                s += w[k][x.ids()[t]] * x.values()[t];
            }
            z[k] = s;
        }
        return TextModel.softmax(z);
    }
}
