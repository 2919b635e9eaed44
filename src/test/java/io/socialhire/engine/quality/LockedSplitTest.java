package io.socialhire.engine.quality;

import static org.assertj.core.api.Assertions.assertThat;

import io.socialhire.engine.corpus.Corpus;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The engine's agreement with the human labels of the corpus's locked test split, which nothing was fitted or tuned
 * on, by source and by language, beside the anchor (the text model trained on the train split).
 *
 * <p>The product's target is QWK 0.92 with no severe error, above the anchor, non-English within 0.05 of English. The
 * engine does not reach it yet (see the README's figures); these bounds are the level it reached when the split was
 * last measured, so that any change that makes it worse fails the build.
 */
class LockedSplitTest {

    @Test
    void engineAgreesWithHumansOnTheLockedSplit() {
        // the split participation v2 was measured on; the sources written after it are measured below
        List<Corpus.Item> test = Corpus.test().stream().filter(i -> Corpus.VERSION_2_SOURCES.contains(i.source())).toList();
        List<Evaluation.Row> bySource = Evaluation.rate(test, Corpus.Item::answer, Corpus.Item::tier, Corpus.Item::source);
        List<Evaluation.Row> byLanguage = Evaluation.rate(test, Corpus.Item::answer, Corpus.Item::tier, Corpus.Item::language);
        List<Evaluation.Figures> sources = Evaluation.byGroup(bySource);
        List<Evaluation.Figures> languages = Evaluation.byGroup(byLanguage);
        System.out.println("LOCKED TEST SPLIT, by source");
        sources.forEach(f -> System.out.println("  " + f));
        System.out.println("LOCKED TEST SPLIT, by language");
        languages.subList(1, languages.size()).forEach(f -> System.out.println("  " + f));
        System.out.print(Evaluation.confusion(bySource));
        List<Evaluation.Row> english = byLanguage.stream().filter(r -> r.group().equals("en")).toList();
        List<Evaluation.Row> other = byLanguage.stream().filter(r -> !r.group().equals("en")).toList();
        Evaluation.Figures en = Evaluation.figures("en", english);
        Evaluation.Figures nonEnglish = Evaluation.figures("non-en", other);
        System.out.println("  " + nonEnglish);
        Evaluation.Figures all = sources.get(0);
        assertThat(all.count()).isEqualTo(168);
        assertThat(all.qwk()).as("engine QWK on the locked split").isGreaterThanOrEqualTo(0.85);
        assertThat(all.qwk()).as("engine at least as good as the anchor on the same split")
                .isGreaterThanOrEqualTo(all.anchorQwk());
        assertThat(all.severe()).as("severe errors").isLessThanOrEqualTo(4);
        assertThat(en.qwk()).as("English").isGreaterThanOrEqualTo(0.90);
        assertThat(nonEnglish.qwk()).as("non-English, pooled").isGreaterThanOrEqualTo(0.70);
    }

    /**
     * Answers by three writers who started after participation v2 was fitted (sources wh, wi, wj: 215 answers in five
     * languages, both splits): neither its reading nor its rating model ever saw them, so they show how it holds on new
     * writers. Bounds as above: the level measured when they joined the corpus.
     */
    @Test
    void engineHoldsOnWritersItHasNeverSeen() {
        List<Corpus.Item> unseen = Corpus.all().stream().filter(i -> !Corpus.VERSION_2_SOURCES.contains(i.source())).toList();
        List<Evaluation.Row> byLanguage = Evaluation.rate(unseen, Corpus.Item::answer, Corpus.Item::tier, Corpus.Item::language);
        List<Evaluation.Figures> languages = Evaluation.byGroup(byLanguage);
        System.out.println("WRITERS THE ENGINE HAS NEVER SEEN, by language");
        languages.forEach(f -> System.out.println("  " + f));
        System.out.print(Evaluation.confusion(byLanguage));
        Evaluation.Figures all = languages.get(0);
        Evaluation.Figures en = Evaluation.figures("en", byLanguage.stream().filter(r -> r.group().equals("en")).toList());
        Evaluation.Figures nonEnglish = Evaluation.figures("non-en", byLanguage.stream().filter(r -> !r.group().equals("en")).toList());
        System.out.println("  " + nonEnglish);
        assertThat(all.count()).isEqualTo(215);
        assertThat(all.qwk()).as("engine QWK on unseen writers").isGreaterThanOrEqualTo(0.82);
        assertThat(all.qwk()).as("engine above the anchor on unseen writers").isGreaterThan(all.anchorQwk());
        assertThat(all.severe()).as("severe errors").isLessThanOrEqualTo(3);
        assertThat(en.qwk()).as("English").isGreaterThanOrEqualTo(0.85);
        assertThat(nonEnglish.qwk()).as("non-English, pooled").isGreaterThanOrEqualTo(0.80);
    }
}
