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
    private final int classes;
    private final float[] bias;
    /**
     * Per bucket, its IDF then its weight for each class, in a slot of {@link #stride} floats ({@code bucket * stride}:
     * IDF, then class 0..classes-1): scoring an n-gram reads one cache line instead of one in an IDF array and one in a
     * weight array.
     */
    private final float[] table;
    private final int stride;

    public TextModel(float[] idf, float[] bias, float[][] weights) {
        this.buckets = idf.length;
        this.bias = bias.clone();
        this.classes = bias.length;
        this.stride = Integer.highestOneBit(classes) << 1; // a power of two above classes: slots never straddle lines
        this.table = new float[buckets * stride];
        for (int b = 0; b < buckets; b++) {
            table[b * stride] = idf[b];
            for (int k = 0; k < classes; k++) {
                table[b * stride + 1 + k] = weights[k][b];
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
        Counts c = count(text, buckets);
        return new int[][] {java.util.Arrays.copyOf(c.ids, c.distinct), java.util.Arrays.copyOf(c.counts, c.distinct)};
    }

    /** Distinct bucket ids in order of first appearance ({@code ids[0 .. distinct)}) and how often each came. */
    private static final class Counts {
        int[] ids;
        int[] counts;
        int distinct;
        /**
         * Open addressing over the ids seen: {@code (index + 1) << 32 | id}, 0 for an empty slot, so a new table needs
         * no filling.
         */
        long[] slots;

        Counts(int expected) {
            ids = new int[Math.max(16, expected)];
            counts = new int[ids.length];
            slots = new long[Integer.highestOneBit(Math.max(8, expected)) * 4];
        }

        void add(int id) {
            int mask = slots.length - 1;
            int slot = (id * 0x9E3779B9) >>> 1 & mask;
            long entry;
            while ((entry = slots[slot]) != 0) {
                if ((int) entry == id) {
                    counts[(int) (entry >>> 32) - 1]++;
                    return;
                }
                slot = (slot + 1) & mask;
            }
            if (distinct == ids.length) {
                ids = java.util.Arrays.copyOf(ids, distinct * 2);
                counts = java.util.Arrays.copyOf(counts, distinct * 2);
            }
            ids[distinct] = id;
            counts[distinct] = 1;
            distinct++;
            slots[slot] = (long) distinct << 32 | (id & 0xFFFFFFFFL);
            if (distinct * 2 > slots.length) {
                rehash();
            }
        }

        private void rehash() {
            long[] old = slots;
            slots = new long[old.length * 2];
            int mask = slots.length - 1;
            for (long entry : old) {
                if (entry != 0) {
                    int slot = ((int) entry * 0x9E3779B9) >>> 1 & mask;
                    while (slots[slot] != 0) {
                        slot = (slot + 1) & mask;
                    }
                    slots[slot] = entry;
                }
            }
        }
    }

    /**
     * Counts the text's words, word pairs and character 3-5-grams (of each word padded with spaces) by bucket, in the
     * order {@link #counts(String, int)} documents: per word, the word, the pair it ends, every 3-gram, every 4-gram,
     * then every 5-gram, each in order of its first character.
     */
    private static Counts count(String text, int buckets) {
        char[] f = TextFold.foldChars(text == null ? "" : text);
        Counts out = new Counts(f.length * 2);
        char[] padded = new char[f.length + 2];
        int[] grams = new int[64];
        int previousWord = 0;
        boolean hasPrevious = false;
        // the seeds of the 3-, 4- and 5-gram hashes as they stand after n characters: hash = seed * 31^n + chars
        final int seed3 = (GRAM + 3) * 31 * 31 * 31;
        final int seed4 = (GRAM + 4) * 31 * 31 * 31 * 31;
        final int seed5 = (GRAM + 5) * 31 * 31 * 31 * 31 * 31;
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
            out.add(bucket(word, buckets));
            if (hasPrevious) {
                out.add(bucket(31 * (31 * PAIR + previousWord) + word, buckets));
            }
            previousWord = word;
            hasPrevious = true;
            padded[0] = ' ';
            System.arraycopy(f, start, padded, 1, len);
            padded[len + 1] = ' ';
            // the three hashes starting at one character are built from one another (h4 = 31 * h3 + next char, as
            // hash() does), written where their n-gram's turn comes
            int padLength = len + 2;
            if (grams.length < 3 * padLength) {
                grams = new int[3 * padLength];
            }
            int threes = padLength - 2;
            int fours = Math.max(0, padLength - 3);
            int fives = Math.max(0, padLength - 4);
            int at4 = threes;
            int at5 = at4 + fours;
            for (int s = 0; s < threes; s++) {
                int chars = (31 * padded[s] + padded[s + 1]) * 31 + padded[s + 2];
                grams[s] = bucket(seed3 + chars, buckets);
                if (s < fours) {
                    chars = 31 * chars + padded[s + 3];
                    grams[at4 + s] = bucket(seed4 + chars, buckets);
                    if (s < fives) {
                        chars = 31 * chars + padded[s + 4];
                        grams[at5 + s] = bucket(seed5 + chars, buckets);
                    }
                }
            }
            for (int g = 0, total = at5 + fives; g < total; g++) {
                out.add(grams[g]);
            }
        }
        return out;
    }

    /** floorMod, as a mask when the bucket count is a power of two (it always is for models this code trains). */
    private static int bucket(int hash, int buckets) {
        return (buckets & (buckets - 1)) == 0 ? hash & (buckets - 1) : Math.floorMod(hash, buckets);
    }

    private static boolean wordChar(char c) {
        return TextFold.isWordChar(c) || c == '@' || c == '#' || c == '\'';
    }

    private static int hash(int seed, char[] chars, int from, int to) {
        int h = seed;
        for (int k = from; k < to; k++) {
            h = 31 * h + chars[k];
        }
        return h;
    }

    /** Sublinear TF times IDF, L2-normalised. */
    public Sparse vector(String text) {
        return vector(counts(text, buckets), idf());
    }

    public static Sparse vector(int[][] counts, float[] idf) {
        int[] ids = counts[0];
        double[] v = new double[ids.length];
        double norm = 0;
        for (int i = 0; i < ids.length; i++) {
            v[i] = tf(counts[1][i]) * idf[ids[i]];
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

    /** {@code 1 + log(count)}, read from a table for the counts an answer has. */
    private static double tf(int count) {
        return count < TF.length ? TF[count] : 1 + Math.log(count);
    }

    private static final double[] TF = new double[256];

    static {
        for (int c = 0; c < TF.length; c++) {
            TF[c] = 1 + Math.log(c);
        }
    }

    /** The IDF of every bucket. */
    private float[] idf() {
        float[] idf = new float[buckets];
        for (int b = 0; b < buckets; b++) {
            idf[b] = table[b * stride];
        }
        return idf;
    }

    /**
     * P(rating = 1..5). The same arithmetic, in the same order, as {@link #vector(String)} followed by the weighted sum
     * over its ids: IDF and weights of an id are read from its one slot of the table.
     */
    public double[] probabilities(String text) {
        Counts counts = count(text, buckets);
        int[] ids = counts.ids;
        int[] tfs = counts.counts;
        int distinct = counts.distinct;
        double[] v = new double[distinct];
        double norm = 0;
        for (int i = 0; i < distinct; i++) {
            v[i] = tf(tfs[i]) * table[ids[i] * stride];
            norm += v[i] * v[i];
        }
        double n = Math.sqrt(norm);
        if (n > 0) {
            for (int i = 0; i < distinct; i++) {
                v[i] /= n;
            }
        }
        double[] z = new double[classes];
        for (int k = 0; k < classes; k++) {
            z[k] = bias[k];
        }
        if (classes == 5) {
            // the same sums, each class's in id order, held in registers
            double z0 = z[0];
            double z1 = z[1];
            double z2 = z[2];
            double z3 = z[3];
            double z4 = z[4];
            for (int i = 0; i < distinct; i++) {
                int base = ids[i] * stride + 1;
                double x = v[i];
                z0 += table[base] * x;
                z1 += table[base + 1] * x;
                z2 += table[base + 2] * x;
                z3 += table[base + 3] * x;
                z4 += table[base + 4] * x;
            }
            z[0] = z0;
            z[1] = z1;
            z[2] = z2;
            z[3] = z3;
            z[4] = z4;
            return softmax(z);
        }
        for (int i = 0; i < distinct; i++) {
            int base = ids[i] * stride + 1;
            double x = v[i];
            for (int k = 0; k < classes; k++) {
                z[k] += table[base + k] * x;
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
            out.writeInt(classes);
            for (int b = 0; b < buckets; b++) {
                out.writeFloat(table[b * stride]);
            }
            for (float f : bias) {
                out.writeFloat(f);
            }
            for (int k = 0; k < classes; k++) {
                for (int b = 0; b < buckets; b++) {
                    out.writeFloat(table[b * stride + 1 + k]);
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
