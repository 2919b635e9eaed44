package io.socialhire.engine.v1;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.socialhire.engine.Requests;
import io.socialhire.engine.Resources;
import io.socialhire.engine.ScoringResult;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class MetamorphicTest {
    static PhraseRuleEngine engine;
    static List<LabelledSetTest.Item> items;

    @BeforeAll
    static void setUp() throws Exception {
        engine = PhraseRuleEngine.createDefault();
        items = new ObjectMapper().readValue(Resources.read("labelled/answers.json"),
                new TypeReference<List<LabelledSetTest.Item>>() { });
    }

    static ScoringResult score(String a) {
        return engine.score(Requests.of(a));
    }

    @ParameterizedTest
    @MethodSource("io.socialhire.engine.MetamorphicPairs#negations")
    void negatingASentenceRemovesItsCredit(String positive, String negated) {
        ScoringResult p = score(positive);
        ScoringResult n = score(negated);
        assertThat(p.score()).isGreaterThan(n.score());
        assertThat(n.criteria().stream().mapToInt(ScoringResult.CriterionResult::level).sum()).isZero();
    }

    @Test
    void negatingOneSentenceOfALongerAnswerRemovesOnlyItsEvidence() {
        String keep = "I moderate r/Gardening and answer beginner questions there every week.";
        String neg = " I also write a blog about my allotment and ask readers for feedback.";
        String negated = " I don't write a blog about my allotment or ask readers for feedback.";
        ScoringResult a = score(keep + neg);
        ScoringResult b = score(keep + negated);
        assertThat(b.score()).isLessThan(a.score());
        int cut = keep.length();
        b.criteria().forEach(c -> c.evidence().forEach(e -> assertThat(e.start()).isLessThan(cut)));
    }

    @Test
    void negationIsScopedToItsClause() {
        ScoringResult both = score("I reply to 20 posts a day on r/loseit and I'm not on TikTok.");
        ScoringResult alone = score("I reply to 20 posts a day on r/loseit.");
        assertThat(both.score()).isEqualTo(alone.score());
        assertThat(both.channels()).noneMatch(c -> "tiktok".equals(c.platform()) && c.current());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "I moderate a Discord server for indie game developers and reply to questions daily.|I used to moderate a Discord server for indie game developers and reply to questions daily.",
        "I run a weekly Twitter chat for community managers.|I used to run a weekly Twitter chat for community managers.",
        "I answer Kotlin questions on Stack Overflow a few times a week.|I stopped answering Kotlin questions on Stack Overflow in 2019.",
        "Modero un grupo de Facebook de emprendedoras y respondo dudas.|Antes moderaba un grupo de Facebook de emprendedoras, pero lo dejé.",
        "Ich moderiere einen Discord-Server für Spieleentwickler.|Früher habe ich einen Discord-Server für Spieleentwickler moderiert."
    })
    void pastTenseLowers(String current, String past) {
        assertThat(score(past).score()).isLessThan(score(current).score());
        assertThat(score(past).rating()).isLessThanOrEqualTo(score(current).rating());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Mastodon|Bluesky",
        "a Discord server|a Slack community",
        "Reddit|Hacker News",
        "YouTube|TikTok",
        "Instagram|Pinterest",
        "Twitch streams|Kick streams",
        "Substack|Medium blog"
    })
    void equivalentPlatformSwapStaysWithinFivePoints(String a, String b) {
        String[] templates = {
            "I'm on %s most days, replying to other community managers and sharing what I learn from my own projects.",
            "I help run %s for indie developers: I welcome newcomers, answer questions every evening and host a monthly AMA.",
            "Mostly %s. I comment on other people's posts a few times a week and occasionally post my own.",
            "I post on %s twice a week and reply to every comment I get."
        };
        for (String t : templates) {
            ScoringResult ra = score(String.format(t, a));
            ScoringResult rb = score(String.format(t, b));
            assertThat(Math.abs(ra.score() - rb.score())).as("%s vs %s in '%s': %d vs %d", a, b, t, ra.score(), rb.score())
                    .isLessThanOrEqualTo(5);
        }
    }

    @Test
    void repeatingASentenceOrAppendingKeywordSaladNeverRaisesTheRating() {
        String salad = " Social media engagement community Twitter Reddit Discord moderate reply comment share TikTok"
                + " Instagram LinkedIn growth viral community management content strategy influencer host mentor.";
        for (LabelledSetTest.Item it : items) {
            ScoringResult base = score(it.answer());
            int r0 = base.rating() == null ? 0 : base.rating();
            String first = firstSentence(it.answer());
            String repeated = it.answer() + (" " + first).repeat(10);
            ScoringResult rep = score(repeated);
            ScoringResult sal = score(it.answer() + salad);
            if (base.rating() != null) {
                assertThat(rep.rating()).as("repeat %s", it.id()).isLessThanOrEqualTo(r0);
                assertThat(sal.rating()).as("salad %s", it.id()).isLessThanOrEqualTo(r0);
                assertThat(rep.score()).as("repeat score %s", it.id()).isLessThanOrEqualTo(base.score() + 0);
            }
        }
        assertThat(score("community community community engagement engagement Discord Reddit Twitter moderator").rating())
                .isEqualTo(1);
    }

    private static String firstSentence(String a) {
        int i = a.indexOf(". ");
        return i < 0 ? a : a.substring(0, i + 1);
    }

    @Test
    void outputIsIdenticalAcrossRunsInstancesAndThreads() throws Exception {
        ObjectMapper om = new ObjectMapper();
        PhraseRuleEngine other = PhraseRuleEngine.createDefault();
        List<String> first = new ArrayList<>();
        for (LabelledSetTest.Item it : items) {
            first.add(om.writeValueAsString(engine.score(Requests.of(it.answer()))));
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<String>> fs = new ArrayList<>();
            for (LabelledSetTest.Item it : items) {
                fs.add(pool.submit(() -> om.writeValueAsString(other.score(Requests.of(it.answer())))));
            }
            for (int i = 0; i < items.size(); i++) {
                assertThat(fs.get(i).get()).isEqualTo(first.get(i));
                assertThat(om.writeValueAsString(engine.score(Requests.of(items.get(i).answer()))))
                        .isEqualTo(first.get(i));
            }
        } finally {
            pool.shutdown();
        }
    }
}
