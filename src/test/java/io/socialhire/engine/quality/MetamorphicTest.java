package io.socialhire.engine.quality;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.socialhire.engine.Requests;
import io.socialhire.engine.ScoringResult;
import io.socialhire.engine.corpus.Corpus;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Participation v2 moves the way the rating guide says it should when an answer is changed in a known way. */
class MetamorphicTest {

    static ScoringResult score(String answer) {
        return Evaluation.ENGINE.score(Requests.of(answer));
    }

    static long credited(ScoringResult r) {
        return r.claims().stream().filter(ScoringResult.ClaimResult::credited).count();
    }

    @ParameterizedTest
    @MethodSource("io.socialhire.engine.MetamorphicPairs#negations")
    void negatingAnAnswerTakesAwayItsCredit(String positive, String negated) {
        ScoringResult p = score(positive);
        ScoringResult n = score(negated);
        assertThat(credited(p)).as(positive).isPositive();
        assertThat(credited(n)).as(negated).isZero();
        assertThat(n.rating()).isLessThan(p.rating());
        assertThat(n.claims()).anyMatch(c -> "negated".equals(c.mode()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "I moderate a Discord server for indie game developers and reply to questions daily.|I used to moderate a Discord server for indie game developers and reply to questions daily.",
        "I run a weekly Twitter chat for community managers.|I used to run a weekly Twitter chat for community managers, but I stopped in 2019.",
        "I answer Kotlin questions on Stack Overflow a few times a week.|I stopped answering Kotlin questions on Stack Overflow in 2019.",
        "Modero un grupo de Facebook de emprendedoras y respondo dudas.|Antes moderaba un grupo de Facebook de emprendedoras, pero lo dejé.",
        "Ich moderiere einen Discord-Server für Spieleentwickler.|Früher habe ich einen Discord-Server für Spieleentwickler moderiert."
    })
    void pastActivityEarnsLessThanCurrent(String current, String past) {
        assertThat(score(past).rating()).as(past).isLessThan(score(current).rating());
        assertThat(score(past).claims()).anyMatch(c -> "past".equals(c.time()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "I moderate r/gardening and welcome every newcomer.|I would moderate r/gardening and welcome every newcomer if I had the time.",
        "I host a monthly AMA on our Discord.|I'd love to host a monthly AMA on a Discord one day.",
        "I reply to comments on my YouTube videos every evening.|If hired, I will reply to comments on your YouTube videos every evening."
    })
    void plansAndHypotheticalsEarnNothing(String actual, String planned) {
        assertThat(credited(score(planned))).as(planned).isZero();
        assertThat(score(planned).rating()).isLessThan(score(actual).rating());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "I moderate r/CommunityManager and answer beginners' questions every week.|My manager moderates r/CommunityManager and answers beginners' questions every week.",
        "I reply to every comment on Instagram and start conversations with other creators.|I read a blog post about how leaders should reply to every comment and start conversations with other creators.",
        "I run a Discord for indie developers and host a weekly feedback thread.|Our company account runs a Discord for indie developers and hosts a weekly feedback thread."
    })
    void whatOthersDoIsNotTheCandidates(String own, String others) {
        assertThat(credited(score(others))).as(others).isZero();
        assertThat(score(others).rating()).isLessThan(score(own).rating());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "I answer questions in the #help channel of the Godot Discord every evening.|I answer questions in the #help channel of our company Slack every evening.",
        "I organize a monthly meetup and post the talks with notes on YouTube, replying to every comment.|I organize a monthly meetup in a pub, in person only."
    })
    void privateAndOfflineWorkIsNotPublicParticipation(String public_, String closed) {
        assertThat(score(closed).rating()).as(closed).isLessThan(score(public_).rating());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"Mastodon|Bluesky", "Reddit|Hacker News", "YouTube|TikTok", "Instagram|Pinterest",
        "Substack|Medium"})
    void equivalentPlatformsGiveTheSameRating(String a, String b) {
        String[] templates = {
            "I'm on %s most days, replying to other community managers and sharing what I learn from my own projects.",
            "Mostly %s. I comment on other people's posts a few times a week and occasionally post my own.",
            "I post on %s twice a week and reply to every comment I get."
        };
        for (String t : templates) {
            ScoringResult ra = score(String.format(t, a));
            ScoringResult rb = score(String.format(t, b));
            assertThat(ra.rating()).as("%s vs %s in '%s'", a, b, t).isEqualTo(rb.rating());
            assertThat(Math.abs(ra.score() - rb.score())).as("%s vs %s in '%s'", a, b, t).isLessThanOrEqualTo(5);
        }
    }

    @Test
    void repeatingASentenceOrAppendingKeywordsNeverRaisesTheRating() {
        String salad = " Social media engagement community Twitter Reddit Discord moderate reply comment share TikTok"
                + " Instagram LinkedIn growth viral community management content strategy influencer host mentor.";
        List<String> raised = new ArrayList<>();
        for (Corpus.Item it : Corpus.all()) {
            if (!it.language().equals("en")) {
                continue;
            }
            ScoringResult base = score(it.answer());
            String first = it.answer().contains(". ") ? it.answer().substring(0, it.answer().indexOf(". ") + 1) : it.answer();
            ScoringResult repeated = score(it.answer() + ("\n" + first).repeat(6));
            ScoringResult stuffed = score(it.answer() + salad);
            if (repeated.rating() > base.rating() || stuffed.rating() > base.rating()) {
                raised.add(it.id() + ": " + base.rating() + " -> repeated " + repeated.rating() + ", stuffed " + stuffed.rating());
            }
        }
        assertThat(raised).as("answers whose rating rose by repetition or keywords").isEmpty();
        assertThat(score("community community community engagement engagement Discord Reddit Twitter moderator").rating())
                .isEqualTo(1);
    }

    @Test
    void outputIsIdenticalAcrossRunsAndThreads() throws Exception {
        ObjectMapper om = new ObjectMapper();
        List<Corpus.Item> items = Corpus.test();
        List<String> first = new ArrayList<>();
        for (Corpus.Item it : items) {
            first.add(om.writeValueAsString(score(it.answer())));
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<String>> again = new ArrayList<>();
            for (Corpus.Item it : items) {
                again.add(pool.submit(() -> om.writeValueAsString(score(it.answer()))));
            }
            for (int i = 0; i < items.size(); i++) {
                assertThat(again.get(i).get()).isEqualTo(first.get(i));
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void everyClaimQuotesTheAnswerAndEveryDiscountSaysWhy() {
        for (Corpus.Item it : Corpus.train()) {
            ScoringResult r = score(it.answer());
            for (ScoringResult.ClaimResult c : r.claims()) {
                assertThat(it.answer().substring(c.start(), c.end())).isEqualTo(c.text());
                assertThat(c.credited()).isEqualTo(c.reason() == null);
            }
            assertThat(r.summary()).startsWith("Rated " + r.rating());
        }
    }
}
