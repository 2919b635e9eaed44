package io.socialhire.engine.training;

import io.socialhire.engine.rating.Features;
import io.socialhire.engine.rating.OrdinalModel;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Fits a cumulative-link (ordinal logistic) model by maximum likelihood with an L2 penalty on the weights (not on the
 * thresholds): full-batch projected gradient ascent with backtracking, each weight held to the direction the rating
 * guide allows ({@link Features#direction}), thresholds kept increasing by fitting their gaps in log space.
 * Deterministic: the same data and penalty always give the same model.
 */
public final class OrdinalFit {
    private OrdinalFit() {
    }

    /**
     * @param features names of the columns of {@code x}
     * @param x        one row per answer
     * @param y        ratings 1..5
     * @param lambda   L2 penalty per weight
     */
    public static OrdinalModel fit(List<String> features, double[][] x, int[] y, double lambda) {
        int d = features.size();
        // parameters: d weights, theta1, log gaps g2..g4
        double[] p = new double[d + 4];
        p[d] = -1.5;
        for (int k = 1; k < 4; k++) {
            p[d + k] = Math.log(1.0);
        }
        double step = 0.1;
        double value = objective(p, x, y, lambda, d);
        for (int iter = 0; iter < 20000; iter++) {
            double[] g = gradient(p, x, y, lambda, d);
            double norm = 0;
            for (double v : g) {
                norm += v * v;
            }
            if (Math.sqrt(norm) < 1e-7) {
                break;
            }
            double[] next = new double[p.length];
            double nextValue;
            while (true) {
                for (int i = 0; i < p.length; i++) {
                    next[i] = p[i] + step * g[i];
                }
                for (int i = 0; i < d; i++) { // projected: each weight keeps the direction the guide allows
                    int sign = Features.direction(features.get(i));
                    if (sign * next[i] < 0) {
                        next[i] = 0;
                    }
                }
                nextValue = objective(next, x, y, lambda, d);
                if (nextValue >= value || step < 1e-12) {
                    break;
                }
                step *= 0.5;
            }
            if (nextValue - value < 1e-12 && step < 1e-10) {
                break;
            }
            p = next;
            value = nextValue;
            step *= 1.5;
        }
        Map<String, Double> weights = new LinkedHashMap<>();
        for (int i = 0; i < d; i++) {
            weights.put(features.get(i), p[i]);
        }
        return new OrdinalModel(weights, thresholds(p, d));
    }

    private static double[] thresholds(double[] p, int d) {
        double[] t = new double[4];
        t[0] = p[d];
        for (int k = 1; k < 4; k++) {
            t[k] = t[k - 1] + Math.exp(p[d + k]);
        }
        return t;
    }

    private static double objective(double[] p, double[][] x, int[] y, double lambda, int d) {
        double[] t = thresholds(p, d);
        double ll = 0;
        for (int n = 0; n < x.length; n++) {
            double z = 0;
            for (int i = 0; i < d; i++) {
                z += p[i] * x[n][i];
            }
            double[] pr = OrdinalModel.probabilities(z, t);
            ll += Math.log(Math.max(pr[y[n] - 1], 1e-300));
        }
        double pen = 0;
        for (int i = 0; i < d; i++) {
            pen += p[i] * p[i];
        }
        return ll / x.length - lambda * pen / 2;
    }

    private static double[] gradient(double[] p, double[][] x, int[] y, double lambda, int d) {
        double[] g = new double[p.length];
        // analytic gradient for weights and thresholds via dlog p / dz and dlog p / dtheta_k
        double[] t = thresholds(p, d);
        double[] dt = new double[4];
        for (int n = 0; n < x.length; n++) {
            double z = 0;
            for (int i = 0; i < d; i++) {
                z += p[i] * x[n][i];
            }
            int k = y[n] - 1;
            double upper = k < 4 ? sig(t[k] - z) : 1;
            double lower = k > 0 ? sig(t[k - 1] - z) : 0;
            double prob = Math.max(upper - lower, 1e-300);
            double dUpper = k < 4 ? upper * (1 - upper) : 0;
            double dLower = k > 0 ? lower * (1 - lower) : 0;
            double dz = -(dUpper - dLower) / prob;
            for (int i = 0; i < d; i++) {
                g[i] += dz * x[n][i];
            }
            if (k < 4) {
                dt[k] += dUpper / prob;
            }
            if (k > 0) {
                dt[k - 1] -= dLower / prob;
            }
        }
        for (int i = 0; i < d; i++) {
            g[i] = g[i] / x.length - lambda * p[i];
        }
        // theta_k = p[d] + sum_{j<=k} exp(p[d+j]); chain rule
        g[d] = (dt[0] + dt[1] + dt[2] + dt[3]) / x.length;
        for (int j = 1; j < 4; j++) {
            double s = 0;
            for (int k = j; k < 4; k++) {
                s += dt[k];
            }
            g[d + j] = s * Math.exp(p[d + j]) / x.length;
        }
        return g;
    }

    private static double sig(double v) {
        return v >= 0 ? 1 / (1 + Math.exp(-v)) : Math.exp(v) / (1 + Math.exp(v));
    }
}
