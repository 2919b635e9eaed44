package io.socialhire.engine.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import io.socialhire.engine.Resources;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The corpus keeps the shape its README promises, and its locked split and labels cannot drift. */
class CorpusTest {
    private final List<Corpus.Item> items = Corpus.all();

    @Test
    void splitIsTheLockedRule() throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        // strata: source, writer tier and, for the writers' answers, language (the first set had no language field)
        Map<String, List<Corpus.Item>> groups = items.stream().collect(Collectors.groupingBy(
                i -> i.source() + "|" + (i.source().equals("t") ? "" : i.language()) + "|" + i.writerTier(),
                TreeMap::new, Collectors.toList()));
        List<String> moved = new ArrayList<>();
        for (List<Corpus.Item> group : groups.values()) {
            List<Corpus.Item> ordered = new ArrayList<>(group);
            ordered.sort(Comparator.comparing(i -> HexFormat.of().formatHex(
                    sha.digest(("socialhire-corpus-split:" + i.id()).getBytes(StandardCharsets.UTF_8)))));
            for (int k = 0; k < ordered.size(); k++) {
                String expected = k % 4 == 0 ? "test" : "train";
                if (!ordered.get(k).split().equals(expected)) {
                    moved.add(ordered.get(k).id());
                }
            }
        }
        assertThat(moved).as("answers whose split differs from the locked rule").isEmpty();
        long test = items.stream().filter(Corpus.Item::test).count();
        assertThat((double) test / items.size()).isGreaterThanOrEqualTo(0.20);
    }

    @Test
    void labelsAreTheMedianOfIndependentRatings() {
        for (Corpus.Item i : items) {
            List<Integer> ratings = new ArrayList<>(List.of(i.writerTier(), i.raterTier()));
            if (i.tieBreakTier() != null) {
                ratings.add(i.tieBreakTier());
                ratings.sort(Integer::compare);
                assertThat(i.tier()).as(i.id()).isEqualTo(ratings.get(1));
            } else {
                assertThat(i.raterTier()).as(i.id() + ": a disagreement without a tie-break").isEqualTo(i.writerTier());
                assertThat(i.tier()).as(i.id()).isEqualTo(i.writerTier());
            }
            assertThat(Math.abs(i.writerTier() - i.raterTier())).as(i.id()).isLessThanOrEqualTo(1);
        }
    }

    @Test
    void sizeSourcesAndLanguagesAreAsDocumented() {
        assertThat(items).hasSize(810);
        assertThat(items.stream().map(Corpus.Item::id).distinct()).hasSize(810);
        assertThat(items.stream().filter(i -> !i.source().equals("t"))).hasSize(710);
        Map<String, Long> languages = items.stream().collect(Collectors.groupingBy(Corpus.Item::language, Collectors.counting()));
        assertThat(languages).containsEntry("es", 72L).containsEntry("pt", 72L).containsEntry("de", 72L).containsEntry("fr", 72L).containsEntry("en", 522L);
        for (int tier = 1; tier <= 5; tier++) {
            int t = tier;
            assertThat(items.stream().filter(i -> i.tier() == t && i.test()).count()).as("test answers of tier %d", tier)
                    .isGreaterThanOrEqualTo(25);
        }
        assertThat(Resources.read("corpus/README.md")).contains("Locked split");
    }
}
