package io.socialhire.engine.v1;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.socialhire.engine.DeclaredChannel;
import io.socialhire.engine.Flags;
import io.socialhire.engine.Recommendation;
import io.socialhire.engine.Requests;
import io.socialhire.engine.Resources;
import io.socialhire.engine.ScoringRequest;
import io.socialhire.engine.ScoringResult;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class EngineBehaviourTest {
    static PhraseRuleEngine engine;

    @BeforeAll
    static void setUp() {
        engine = PhraseRuleEngine.createDefault();
    }

    static ScoringResult score(String a) {
        return engine.score(Requests.of(a));
    }

    @Test
    void emptyAndEvasiveGetRatingOneWithFlag() {
        for (String a : new String[] {"", "   ", null, "Everywhere!", "It depends on the client."}) {
            ScoringResult r = score(a);
            assertThat(r.rating()).as(String.valueOf(a)).isEqualTo(1);
            assertThat(r.flags()).contains(Flags.EMPTY_OR_EVASIVE);
            assertThat(r.recommendation()).isEqualTo(Recommendation.DEFINITELY_NOT);
        }
    }

    @Test
    void unsupportedLanguageIsNotRated() {
        for (String a : new String[] {
            "Partecipo ogni giorno a una community su Discord dove rispondo alle domande dei nuovi membri e condivido risorse.",
            "Ik ben elke dag actief op Reddit en ik help nieuwe leden met hun vragen over de community.",
            "私は毎日Redditのコミュニティで質問に答えています。"}) {
            ScoringResult r = score(a);
            assertThat(r.rating()).as(a).isNull();
            assertThat(r.score()).isNull();
            assertThat(r.recommendation()).isNull();
            assertThat(r.needsHumanReview()).isTrue();
            assertThat(r.reviewReasons()).contains("language_not_supported");
        }
    }

    @Test
    void resultCarriesEvidenceWithExactOffsets() throws Exception {
        List<LabelledSetTest.Item> items = new ObjectMapper().readValue(
                Resources.read("labelled/answers.json"), new TypeReference<List<LabelledSetTest.Item>>() { });
        for (LabelledSetTest.Item it : items) {
            ScoringResult r = score(it.answer());
            for (ScoringResult.CriterionResult c : r.criteria()) {
                if (c.level() > 0) {
                    assertThat(c.evidence()).as("%s %s has evidence", it.id(), c.criterion()).isNotEmpty();
                }
                for (ScoringResult.Evidence e : c.evidence()) {
                    assertThat(it.answer().substring(e.start(), e.end())).isEqualTo(e.text());
                }
            }
            for (ScoringResult.ChannelResult ch : r.channels()) {
                for (ScoringResult.Evidence e : ch.evidence()) {
                    assertThat(it.answer().substring(e.start(), e.end())).isEqualTo(e.text());
                }
            }
        }
    }

    @Test
    void strongAnswerShape() throws Exception {
        String a = "I'm a moderator of r/CommunityManager, where I answer questions from newcomers most mornings. "
                + "On Mastodon (@ana@mastodon.social) I post threads about what I learn and reply to every comment.";
        ScoringResult r = engine.score(new ScoringRequest(a, Requests.ROLES.byId("community-manager").orElseThrow(),
                List.of(DeclaredChannel.of("reddit"), DeclaredChannel.of("youtube"))));
        assertThat(r.rating()).isGreaterThanOrEqualTo(4);
        assertThat(r.role().id()).isEqualTo("community-manager");
        assertThat(r.role().matchedFrom()).isEqualTo("role_id");
        assertThat(r.language()).isEqualTo("en");
        assertThat(r.engineVersion()).isEqualTo(PhraseRuleEngine.ENGINE_VERSION);
        assertThat(r.channels()).anySatisfy(c -> {
            assertThat(c.platform()).isEqualTo("reddit");
            assertThat(c.community()).isEqualTo("r/CommunityManager");
            assertThat(c.current()).isTrue();
        });
        assertThat(r.channels()).anySatisfy(c -> assertThat(c.handle()).isEqualTo("@ana@mastodon.social"));
        assertThat(r.flags()).contains(Flags.DECLARED_NOT_MENTIONED);
        assertThat(r.followUpQuestions()).anyMatch(q -> q.contains("r/CommunityManager"));
        assertThat(r.followUpQuestions()).anyMatch(q -> q.contains("YouTube"));
        String json = new ObjectMapper().writeValueAsString(r);
        assertThat(json).contains("\"recommendation\":\"" + r.recommendation().jsonValue() + "\"");
    }

    @Test
    void capsFromTheRubric() {
        ScoringResult li = score("I publish thoughtful LinkedIn posts about leadership twice a week, comment on my "
                + "peers' posts daily, answer questions and share what I learn in LinkedIn articles, asking for feedback.");
        assertThat(li.flags()).contains(Flags.PROFESSIONAL_NETWORK_ONLY);
        assertThat(li.rating()).isLessThanOrEqualTo(3);
        ScoringResult past = score("I used to moderate a huge subreddit and ran weekly AMAs, but I quit in 2019.");
        assertThat(past.flags()).contains(Flags.NO_CURRENT_PARTICIPATION);
        assertThat(past.rating()).isLessThanOrEqualTo(2);
        ScoringResult vanity = score("I have 50k followers on Instagram and my reels get a million views.");
        assertThat(vanity.flags()).contains(Flags.VANITY_METRICS);
        assertThat(vanity.rating()).isLessThanOrEqualTo(2);
        ScoringResult broadcast = score("I schedule posts for our brand on Instagram, Facebook and X every day.");
        assertThat(broadcast.flags()).contains(Flags.BROADCAST_ONLY);
        assertThat(broadcast.rating()).isLessThanOrEqualTo(2);
        ScoringResult slack = score("Mostly our internal company Slack, where I answer colleagues' questions all day.");
        assertThat(slack.flags()).contains(Flags.PRIVATE_CHANNELS_ONLY);
        assertThat(slack.rating()).isEqualTo(2);
    }

    @Test
    void roleFocusOnlyMovesRelevantReach() {
        String a = "I stream on Twitch three nights a week and chat with viewers the whole time.";
        ScoringResult generic = score(a);
        ScoringResult gaming = engine.score(new ScoringRequest(a, Requests.ROLES.byId("gaming-community-manager").orElseThrow(), List.of()));
        ScoringResult b2b = engine.score(new ScoringRequest(a, Requests.ROLES.byId("b2b-social-lead").orElseThrow(), List.of()));
        for (int i = 0; i < generic.criteria().size(); i++) {
            if (!generic.criteria().get(i).criterion().equals("relevant_reach")) {
                assertThat(gaming.criteria().get(i).level()).isEqualTo(b2b.criteria().get(i).level());
            }
        }
        assertThat(gaming.score()).isGreaterThanOrEqualTo(b2b.score());
    }
}
