package io.socialhire.engine.rating;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A cumulative-link (ordinal logistic) model of the 1..5 rating: P(rating <= k) = sigmoid(threshold[k] - w.x). The
 * weights and thresholds are fitted from the labelled corpus by the training tool and stored in the rubric version,
 * so the rating is a documented function of the criterion levels and claim features. Immutable.
 */
public final class OrdinalModel {
    private final List<String> features;
    private final double[] weights;
    private final double[] thresholds;

    public OrdinalModel(Map<String, Double> weights, double[] thresholds) {
        if (thresholds.length != 4) {
            throw new IllegalArgumentException("a 1..5 rating needs 4 thresholds");
        }
        for (int k = 1; k < thresholds.length; k++) {
            if (!(thresholds[k] > thresholds[k - 1])) {
                throw new IllegalArgumentException("thresholds must increase");
            }
        }
        this.features = List.copyOf(weights.keySet());
        this.weights = weights.values().stream().mapToDouble(Double::doubleValue).toArray();
        this.thresholds = thresholds.clone();
    }

    public List<String> features() {
        return features;
    }

    public Map<String, Double> weights() {
        Map<String, Double> out = new LinkedHashMap<>();
        for (int i = 0; i < weights.length; i++) {
            out.put(features.get(i), weights[i]);
        }
        return out;
    }

    public double[] thresholds() {
        return thresholds.clone();
    }

    /** w.x over the model's features (missing features count as 0). */
    public double linear(Map<String, Double> x) {
        double z = 0;
        for (int i = 0; i < weights.length; i++) {
            Double v = x.get(features.get(i));
            if (v != null) {
                z += weights[i] * v;
            }
        }
        return z;
    }

    /** P(rating = 1..5), index 0 for rating 1. */
    public double[] probabilities(Map<String, Double> x) {
        return probabilities(linear(x), thresholds);
    }

    public static double[] probabilities(double z, double[] thresholds) {
        double[] p = new double[5];
        double below = 0;
        for (int k = 0; k < 4; k++) {
            double cumulative = sigmoid(thresholds[k] - z);
            p[k] = cumulative - below;
            below = cumulative;
        }
        p[4] = 1 - below;
        return p;
    }

    static double sigmoid(double v) {
        return v >= 0 ? 1 / (1 + Math.exp(-v)) : Math.exp(v) / (1 + Math.exp(v));
    }

    /** The most probable rating (1..5). */
    public static int mostLikely(double[] p) {
        int best = 0;
        for (int k = 1; k < p.length; k++) {
            if (p[k] > p[best]) {
                best = k;
            }
        }
        return best + 1;
    }

    /** The expected rating, 1..5. */
    public static double expected(double[] p) {
        double e = 0;
        for (int k = 0; k < p.length; k++) {
            e += (k + 1) * p[k];
        }
        return e;
    }
}
