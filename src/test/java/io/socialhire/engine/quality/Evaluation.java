package io.socialhire.engine.quality;

import io.socialhire.engine.Agreement;
import io.socialhire.engine.ClaimsEngine;
import io.socialhire.engine.Engines;
import io.socialhire.engine.Requests;
import io.socialhire.engine.Resources;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Agreement of the engine (and of its text model, the bag-of-n-grams anchor) with human ratings, overall and by
 * group, with the count of severe errors (a 1 rated 4 or 5, a 5 rated 1 or 2).
 */
public final class Evaluation {
    /** The shipped default: participation v2. */
    public static final ClaimsEngine ENGINE = (ClaimsEngine) Engines.fromJson(Resources.read("rubrics/participation/v2.json"));

    public record Row(String group, int human, int engine, int anchor) {
    }

    public record Figures(String group, int count, double qwk, double exact, int severe, double anchorQwk,
                          double anchorExact, int anchorSevere) {
        @Override
        public String toString() {
            return String.format("%-10s n=%3d  engine QWK %.3f exact %3.0f%% severe %d  |  anchor QWK %.3f exact %3.0f%% severe %d",
                    group, count, qwk, exact * 100, severe, anchorQwk, anchorExact * 100, anchorSevere);
        }
    }

    private Evaluation() {
    }

    /** Scores each answer with the engine and the anchor. */
    public static <T> List<Row> rate(List<T> items, Function<T, String> answer, Function<T, Integer> human,
                                     Function<T, String> group) {
        List<Row> rows = new ArrayList<>();
        for (T item : items) {
            Integer rating = ENGINE.score(Requests.of(answer.apply(item))).rating();
            int anchor = ENGINE.textModel().rating(answer.apply(item));
            rows.add(new Row(group.apply(item), human.apply(item), rating == null ? 1 : rating, anchor));
        }
        return rows;
    }

    public static Figures figures(String group, List<Row> rows) {
        int[] h = rows.stream().mapToInt(Row::human).toArray();
        int[] e = rows.stream().mapToInt(Row::engine).toArray();
        int[] a = rows.stream().mapToInt(Row::anchor).toArray();
        Agreement engine = Agreement.of(e, h, 1, 5);
        Agreement anchor = Agreement.of(a, h, 1, 5);
        return new Figures(group, rows.size(), engine.quadraticWeightedKappa(), engine.exactAgreement(), severe(h, e),
                anchor.quadraticWeightedKappa(), anchor.exactAgreement(), severe(h, a));
    }

    /** Overall first, then one line per group. */
    public static List<Figures> byGroup(List<Row> rows) {
        List<Figures> out = new ArrayList<>();
        out.add(figures("all", rows));
        Map<String, List<Row>> groups = new TreeMap<>();
        rows.forEach(r -> groups.computeIfAbsent(r.group(), k -> new ArrayList<>()).add(r));
        groups.forEach((g, rs) -> out.add(figures(g, rs)));
        return out;
    }

    static int severe(int[] human, int[] rated) {
        int n = 0;
        for (int i = 0; i < human.length; i++) {
            if ((human[i] == 1 && rated[i] >= 4) || (human[i] == 5 && rated[i] <= 2)) {
                n++;
            }
        }
        return n;
    }

    public static String confusion(List<Row> rows) {
        int[][] c = new int[5][5];
        rows.forEach(r -> c[r.human() - 1][r.engine() - 1]++);
        StringBuilder b = new StringBuilder("human \\ engine   1   2   3   4   5\n");
        for (int k = 0; k < 5; k++) {
            b.append(String.format("        %d     %3d %3d %3d %3d %3d%n", k + 1, c[k][0], c[k][1], c[k][2], c[k][3], c[k][4]));
        }
        return b.toString();
    }
}
