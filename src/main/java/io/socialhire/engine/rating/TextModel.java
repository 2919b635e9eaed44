package io.socialhire.engine.rating;

import io.socialhire.engine.text.TextFold;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
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
    /** Weights by bucket then class ({@code bucket * classes + k}): one cache line per n-gram when scoring. */
    private final float[] weights;

    public TextModel(float[] idf, float[] bias, float[][] weights) {
        this.buckets = idf.length;
        this.idf = idf.clone();
        this.bias = bias.clone();
        int classes = bias.length;
        this.weights = new float[buckets * classes];
        for (int k = 0; k < classes; k++) {
            for (int b = 0; b < buckets; b++) {
                this.weights[b * classes + k] = weights[k][b];
            }
        }
    }

    /** A sparse TF-IDF vector: bucket ids in increasing order and their values. */
    public record Sparse(int[] ids, double[] values) {
    }

    public int buckets() {
        return buckets;
    }

    private static final int WORD = 0x77;
    private static final int PAIR = 0x62;
    private static final int GRAM = 0x63;

    /**
     * Raw term counts by bucket (before TF-IDF): words, word pairs and character 3-5-grams of each word padded with
     * spaces. Hashes are computed over the folded characters in place, without building the n-gram strings.
     *
     * @return distinct ids (in order of first appearance) in {@code [0]} and their counts in {@code [1]}
     */
    public static int[][] counts(String text, int buckets) {
        char[] f = TextFold.foldChars(text == null ? "" : text);
        int[] ids = new int[Math.max(16, f.length * 4)];
        int count = 0;
        char[] padded = new char[f.length + 2];
        int previousWord = 0;
        boolean hasPrevious = false;
        int i = 0;
        while (i < f.length) {
            if (!wordChar(f[i])) {
                i++;
                continue;
            }
            int start = i;
            while (i < f.length && wordChar(f[i])) {
                i++;
            }
            int len = i - start;
            int word = hash(WORD, f, start, i);
            ids = grow(ids, count + 2 + 3 * (len + 2));
            ids[count++] = bucket(word, buckets);
            if (hasPrevious) {
                ids[count++] = bucket(31 * (31 * PAIR + previousWord) + word, buckets);
            }
            previousWord = word;
            hasPrevious = true;
            padded[0] = ' ';
            System.arraycopy(f, start, padded, 1, len);
            padded[len + 1] = ' ';
            for (int n = 3; n <= 5; n++) {
                for (int s = 0; s + n <= len + 2; s++) {
                    ids[count++] = bucket(hash(GRAM + n, padded, s, s + n), buckets);
                }
            }
        }
        // distinct ids in order of first appearance, counted in an open-addressing table (linear in the text)
        int size = Integer.highestOneBit(Math.max(8, count) * 2) * 2;
        int[] slotId = new int[size];
        int[] slotIndex = new int[size];
        java.util.Arrays.fill(slotIndex, -1);
        int distinct = 0;
        int[] outIds = new int[count];
        int[] outCounts = new int[count];
        for (int k = 0; k < count; k++) {
            int id = ids[k];
            int slot = (id * 0x9E3779B9) >>> 1 & (size - 1);
            while (slotIndex[slot] >= 0 && slotId[slot] != id) {
                slot = (slot + 1) & (size - 1);
            }
            if (slotIndex[slot] < 0) {
                slotId[slot] = id;
                slotIndex[slot] = distinct;
                outIds[distinct++] = id;
            }
            outCounts[slotIndex[slot]]++;
        }
        return new int[][] {java.util.Arrays.copyOf(outIds, distinct), java.util.Arrays.copyOf(outCounts, distinct)};
    }

    /** floorMod, as a mask when the bucket count is a power of two (it always is for models this code trains). */
    private static int bucket(int hash, int buckets) {
        return (buckets & (buckets - 1)) == 0 ? hash & (buckets - 1) : Math.floorMod(hash, buckets);
    }

    private static boolean wordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '@' || c == '#' || c == '\'';
    }

    private static int hash(int seed, char[] chars, int from, int to) {
        int h = seed;
        for (int k = from; k < to; k++) {
            h = 31 * h + chars[k];
        }
        return h;
    }

    private static int[] grow(int[] a, int needed) {
        return needed <= a.length ? a : java.util.Arrays.copyOf(a, Math.max(needed, a.length * 2));
    }

    /** Sublinear TF times IDF, L2-normalised. */
    public Sparse vector(String text) {
        return vector(counts(text, buckets), idf);
    }

    public static Sparse vector(int[][] counts, float[] idf) {
        int[] ids = counts[0];
        double[] v = new double[ids.length];
        double norm = 0;
        for (int i = 0; i < ids.length; i++) {
            v[i] = (1 + Math.log(counts[1][i])) * idf[ids[i]];
            norm += v[i] * v[i];
        }
        double n = Math.sqrt(norm);
        if (n > 0) {
            for (int i = 0; i < v.length; i++) {
                v[i] /= n;
            }
        }
        return new Sparse(ids, v);
    }

    /** P(rating = 1..5). */
    public double[] probabilities(String text) {
        Sparse x = vector(text);
        int classes = bias.length;
        double[] z = new double[classes];
        for (int k = 0; k < classes; k++) {
            z[k] = bias[k];
        }
        for (int i = 0; i < x.ids().length; i++) {
            int base = x.ids()[i] * classes;
            double v = x.values()[i];
            for (int k = 0; k < classes; k++) {
                z[k] += weights[base + k] * v;
            }
        }
        return softmax(z);
    }

    /** Softmax in place (stable). */
    public static double[] softmax(double[] z) {
        double max = Double.NEGATIVE_INFINITY;
        for (double v : z) {
            max = Math.max(max, v);
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
            int classes = bias.length;
            for (int k = 0; k < classes; k++) {
                for (int b = 0; b < buckets; b++) {
                    out.writeFloat(weights[b * classes + k]);
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
