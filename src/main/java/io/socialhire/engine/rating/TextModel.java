package io.socialhire.engine.rating;

import io.socialhire.engine.text.TextFold;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A bag-of-n-grams text model: TF-IDF of words, word pairs and character 3-5-grams (hashed into a fixed number of
 * buckets), then multinomial logistic regression over the ratings 1..5. It reads no meaning, so it never sets a
 * rating: it is the second opinion that asks for a human review when it disagrees with the engine. Immutable.
 */
public final class TextModel {
    private static final int MAGIC = 0x5348544d; // "SHTM"
    private final int buckets;
    private final float[] idf;
    private final float[] bias;
    private final float[][] weights;

    public TextModel(float[] idf, float[] bias, float[][] weights) {
        this.buckets = idf.length;
        this.idf = idf.clone();
        this.bias = bias.clone();
        this.weights = new float[weights.length][];
        for (int k = 0; k < weights.length; k++) {
            this.weights[k] = weights[k].clone();
        }
    }

    public int buckets() {
        return buckets;
    }

    /** Raw term counts by bucket (before TF-IDF). */
    public static Map<Integer, Integer> counts(String text, int buckets) {
        Map<Integer, Integer> out = new HashMap<>();
        String folded = TextFold.fold(text == null ? "" : text);
        String[] words = folded.split("[^\\p{L}\\p{N}@#']+");
        String prev = null;
        for (String w : words) {
            if (w.isEmpty()) {
                continue;
            }
            add(out, "w:" + w, buckets);
            if (prev != null) {
                add(out, "b:" + prev + " " + w, buckets);
            }
            prev = w;
            String padded = " " + w + " ";
            for (int n = 3; n <= 5; n++) {
                for (int i = 0; i + n <= padded.length(); i++) {
                    add(out, "c:" + padded.substring(i, i + n), buckets);
                }
            }
        }
        return out;
    }

    private static void add(Map<Integer, Integer> out, String feature, int buckets) {
        out.merge(Math.floorMod(feature.hashCode(), buckets), 1, Integer::sum);
    }

    /** Sublinear TF times IDF, L2-normalised: bucket -> value. */
    public Map<Integer, Double> vector(String text) {
        return vector(counts(text, buckets), idf);
    }

    public static Map<Integer, Double> vector(Map<Integer, Integer> counts, float[] idf) {
        Map<Integer, Double> v = new HashMap<>(counts.size() * 2);
        double norm = 0;
        for (Map.Entry<Integer, Integer> e : counts.entrySet()) {
            double x = (1 + Math.log(e.getValue())) * idf[e.getKey()];
            v.put(e.getKey(), x);
            norm += x * x;
        }
        double n = Math.sqrt(norm);
        if (n > 0) {
            v.replaceAll((k, x) -> x / n);
        }
        return v;
    }

    /** P(rating = 1..5). */
    public double[] probabilities(String text) {
        return probabilities(vector(text), bias, weights);
    }

    public static double[] probabilities(Map<Integer, Double> x, float[] bias, float[][] weights) {
        double[] z = new double[bias.length];
        double max = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < z.length; k++) {
            double s = bias[k];
            for (Map.Entry<Integer, Double> e : x.entrySet()) {
                s += weights[k][e.getKey()] * e.getValue();
            }
            z[k] = s;
            max = Math.max(max, s);
        }
        double sum = 0;
        for (int k = 0; k < z.length; k++) {
            z[k] = Math.exp(z[k] - max);
            sum += z[k];
        }
        for (int k = 0; k < z.length; k++) {
            z[k] /= sum;
        }
        return z;
    }

    public int rating(String text) {
        return OrdinalModel.mostLikely(probabilities(text));
    }

    public byte[] toBytes() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(new GZIPOutputStream(bytes))) {
            out.writeInt(MAGIC);
            out.writeInt(buckets);
            out.writeInt(bias.length);
            for (float f : idf) {
                out.writeFloat(f);
            }
            for (float f : bias) {
                out.writeFloat(f);
            }
            for (float[] row : weights) {
                for (float f : row) {
                    out.writeFloat(f);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    public static TextModel fromBytes(byte[] data) {
        try (DataInputStream in = new DataInputStream(new GZIPInputStream(new ByteArrayInputStream(data)))) {
            if (in.readInt() != MAGIC) {
                throw new IllegalArgumentException("not a text model");
            }
            int buckets = in.readInt();
            int classes = in.readInt();
            float[] idf = new float[buckets];
            for (int i = 0; i < buckets; i++) {
                idf[i] = in.readFloat();
            }
            float[] bias = new float[classes];
            for (int k = 0; k < classes; k++) {
                bias[k] = in.readFloat();
            }
            float[][] w = new float[classes][buckets];
            for (int k = 0; k < classes; k++) {
                for (int i = 0; i < buckets; i++) {
                    w[k][i] = in.readFloat();
                }
            }
            return new TextModel(idf, bias, w);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
