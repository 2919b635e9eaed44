package io.socialhire.common;

import static io.socialhire.TestData.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.DeserializationFeature;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.socialhire.AdminKeyByDefault;
import io.socialhire.client.ApiClient;
import io.socialhire.client.ApiException;
import io.socialhire.client.api.AssessmentsApi;
import io.socialhire.client.api.CandidatesApi;
import io.socialhire.client.api.ChannelsApi;
import io.socialhire.client.api.RubricsApi;
import io.socialhire.client.api.ScoringsApi;
import io.socialhire.client.model.Assessment;
import io.socialhire.client.model.AssessmentInput;
import io.socialhire.client.model.Candidate;
import io.socialhire.client.model.CandidateInput;
import io.socialhire.client.model.CandidatePage;
import io.socialhire.client.model.CandidatePatch;
import io.socialhire.client.model.Channel;
import io.socialhire.client.model.ChannelInput;
import io.socialhire.client.model.ChannelRole;
import io.socialhire.client.model.CriterionOverride;
import io.socialhire.client.model.DeclaredChannelInput;
import io.socialhire.client.model.FinalResult;
import io.socialhire.client.model.Frequency;
import io.socialhire.client.model.Recommendation;
import io.socialhire.client.model.Review;
import io.socialhire.client.model.ReviewInput;
import io.socialhire.client.model.RubricVersion;
import io.socialhire.client.model.ScoringInput;
import io.socialhire.client.model.ScoringInputDeclaredChannelsInner;
import io.socialhire.client.model.ScoringResult;
import java.net.URL;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Java client generated from openapi/openapi.yaml (openapi-generator, java/native, built by
 * the test phase) drives the main flows against the running application. It compiles as
 * generated, and it reads responses strictly: a field the contract does not declare, or a value
 * of another type, fails the test.
 */
@QuarkusTest
class ContractClientTest {

    static final String ANSWER = "I moderate r/CommunityManager on Reddit, where I answer questions from new community managers "
            + "most evenings, and I host a monthly Discord AMA for our members.";

    @TestHTTPResource("/")
    URL base;

    ApiClient client;

    @BeforeEach
    void client() {
        client = new ApiClient();
        client.updateBaseUri(base.toString().replaceAll("/$", ""));
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + AdminKeyByDefault.ADMIN_KEY));
        client.getObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    @Test
    void candidateChannelPatchAndPaging() throws ApiException {
        CandidatesApi candidates = new CandidatesApi(client);
        ChannelsApi channels = new ChannelsApi(client);
        String tag = "client" + UUID.randomUUID().toString().substring(0, 8);

        CandidateInput ana = new CandidateInput().fullName("Ana Moreno").email(uniqueEmail())
                .phone("+34 600 123 456").tags(Set.of(tag))
                .channels(List.of(new ChannelInput().platform("reddit").handle("r/CommunityManager")
                        .role(ChannelRole.MODERATOR).frequency(Frequency.WEEKLY).since("2021-04")));
        String retryKey = UUID.randomUUID().toString();
        Candidate created = candidates.createCandidate(ana, retryKey);
        assertThat(created.getId()).isNotNull();
        assertThat(candidates.createCandidate(ana, retryKey).getId()).as("a retry with the same Idempotency-Key").isEqualTo(created.getId());
        assertThat(created.getChannels()).singleElement().satisfies(c -> {
            assertThat(c.getPlatform()).isEqualTo("reddit");
            assertThat(c.getNotes()).as("absent, not null on the wire").isNull();
        });

        Channel added = channels.addChannel(created.getId(), new ChannelInput().platform("discord")
                .profileUrl("https://discord.gg/indiedevs").role(ChannelRole.ORGANIZER).frequency(Frequency.DAILY), null);
        assertThat(added.getPlatform()).isEqualTo("discord");
        assertThat(channels.listChannels(created.getId()).getItems()).extracting(Channel::getId).contains(added.getId());

        Candidate read = candidates.getCandidate(created.getId(), null);
        assertThat(read.getChannels()).hasSize(2);
        CandidatePatch patch = new CandidatePatch().headline("Head of community").phone(null);
        Candidate patched = candidates.patchCandidate(created.getId(), patch, "\"" + read.getVersion() + "\"");
        assertThat(patched.getHeadline()).isEqualTo("Head of community");
        assertThat(patched.getPhone()).as("null in a merge patch removes the value").isNull();
        assertThat(patched.getVersion()).isEqualTo(read.getVersion() + 1);

        ApiException stale = catchThrowableOfType(ApiException.class, () -> candidates.patchCandidate(created.getId(),
                new CandidatePatch().headline("late"), "\"" + read.getVersion() + "\""));
        assertThat(stale).as("a stale If-Match is refused").isNotNull();
        assertThat(stale.getCode()).isEqualTo(412);

        for (int i = 0; i < 2; i++) {
            candidates.createCandidate(new CandidateInput().fullName("Page " + i).email(uniqueEmail()).tags(Set.of(tag)), null);
        }
        Set<UUID> seen = new HashSet<>();
        List<Integer> pageSizes = new ArrayList<>();
        String cursor = null;
        do {
            CandidatePage page = candidates.listCandidates(cursor, 2, null, null, tag, null);
            page.getItems().forEach(c -> assertThat(seen.add(c.getId())).as("no candidate twice").isTrue());
            pageSizes.add(page.getItems().size());
            cursor = page.getNextCursor();
        } while (cursor != null);
        assertThat(seen).hasSize(3).contains(created.getId());
        assertThat(pageSizes).containsExactly(2, 1);
    }

    @Test
    void scoreAssessReviewAndReadARubric() throws ApiException {
        ScoringResult scored = new ScoringsApi(client).scoreAnswer(new ScoringInput().answer(ANSWER).roleTitle("Community manager")
                .declaredChannels(List.of(new ScoringInputDeclaredChannelsInner("reddit"),
                        new ScoringInputDeclaredChannelsInner(new DeclaredChannelInput().platform("discord").role("organizer")))), null);
        assertThat(scored.getRating()).isBetween(1, 5);
        assertThat(scored.getRecommendation()).isNotNull();
        assertThat(scored.getChannels()).extracting(c -> c.getPlatform()).contains("reddit", "discord");
        assertThat(scored.getCriteria()).isNotEmpty().allSatisfy(c -> assertThat(c.getLevel()).isBetween(c.getMin(), c.getMax()));

        Candidate candidate = new CandidatesApi(client).createCandidate(new CandidateInput().fullName("Rev Iewed").email(uniqueEmail()), null);
        AssessmentsApi assessments = new AssessmentsApi(client);
        Assessment assessment = assessments.createAssessment(candidate.getId(), new AssessmentInput().answer(ANSWER), null);
        assertThat(assessment.getFinalResult().getSource()).isEqualTo(FinalResult.SourceEnum.ENGINE);
        assertThat(assessment.getEngineResult().getRating()).isEqualTo(assessment.getFinalResult().getRating());

        String criterion = assessment.getEngineResult().getCriteria().get(0).getCriterion();
        int engineLevel = assessment.getEngineResult().getCriteria().get(0).getLevel();
        Review review = assessments.createReview(assessment.getId(), new ReviewInput().reviewer("Maria Lopez").rating(2)
                .recommendation(Recommendation.NO).reason("Answers are about the team, not the candidate")
                .criteria(List.of(new CriterionOverride().criterion(criterion).level(engineLevel == 0 ? 1 : 0).reason("Overstated"))), null);
        assertThat(review.getRating()).isEqualTo(2);
        Assessment reviewed = assessments.getAssessment(assessment.getId());
        assertThat(reviewed.getFinalResult().getSource()).isEqualTo(FinalResult.SourceEnum.REVIEW);
        assertThat(reviewed.getFinalResult().getRecommendation()).isEqualTo(Recommendation.NO);
        assertThat(reviewed.getReviewCount()).isEqualTo(1);
        assertThat(assessments.listAssessments(candidate.getId(), null, null).getItems()).extracting(Assessment::getId)
                .containsExactly(assessment.getId());

        RubricVersion rubric = new RubricsApi(client).getRubricVersion("participation", 1);
        assertThat(rubric.getDefinition()).as("a free-form object").containsKey("criteria");
    }
}
