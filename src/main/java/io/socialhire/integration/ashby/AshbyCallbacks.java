package io.socialhire.integration.ashby;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.socialhire.assessment.AssessmentService;
import io.socialhire.assessment.AssessmentViews;
import io.socialhire.common.ReportUrls;
import io.socialhire.common.SocialhireConfig;
import io.socialhire.integration.CallbackSender;
import io.socialhire.integration.ConnectorKind;
import io.socialhire.integration.ConnectorService;
import io.socialhire.webhook.WebhookUrlPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Ashby's assessment.update: on each change of an assessment's status, its status; on completion
 * its result (the score), the report page and the result in brief; on cancel or expiry the reason.
 * Sent with the customer's Ashby API key as the Basic username. The body is built for each attempt
 * from the same stored facts (the change and its time), the report URL opened from its sealed token.
 */
@ApplicationScoped
public class AshbyCallbacks implements CallbackSender {

    static final String OPERATION = "assessment.update";

    private final ConnectorService connectors;
    private final AssessmentService assessments;
    private final ReportUrls reportUrls;
    private final ObjectMapper mapper;
    private final String baseUrl;
    private final boolean allowPrivateNetwork;
    private final Duration timeout;

    public AshbyCallbacks(ConnectorService connectors, AssessmentService assessments, ReportUrls reportUrls, ObjectMapper mapper,
            SocialhireConfig config) {
        this.connectors = connectors;
        this.assessments = assessments;
        this.reportUrls = reportUrls;
        this.mapper = mapper;
        this.baseUrl = config.connectors().ashbyBaseUrl().replaceAll("/+$", "");
        this.allowPrivateNetwork = config.connectors().allowPrivateNetwork();
        this.timeout = config.webhooks().timeout();
    }

    @Override
    public ConnectorKind connector() {
        return ConnectorKind.ASHBY;
    }

    @Override
    public String operation() {
        return OPERATION;
    }

    @Override
    public HttpRequest request(Callback callback) throws Refused {
        String url = baseUrl + "/assessment.update";
        Optional<String> refused = WebhookUrlPolicy.refusal(url, allowPrivateNetwork);
        if (refused.isPresent()) {
            throw new Refused("URL refused: " + refused.get());
        }
        String key = connectors.outboundKey(ConnectorKind.ASHBY).orElseThrow(() -> new Refused("no Ashby API key stored"));
        String body;
        try {
            body = mapper.writeValueAsString(update(callback));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return HttpRequest.newBuilder(URI.create(url)).timeout(timeout)
                .header("Authorization", CallbackSender.basicAuthorization(key))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json; version=1")
                .header("User-Agent", "socialhire-connectors/1")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    AshbyViews.Update update(Callback callback) throws Refused {
        String status = callback.invitationStatus();
        AshbyViews.Value statusValue = new AshbyViews.Value("status", "Status", "Where the candidate is with the assessment", "string",
                status);
        AshbyViews.Value result = null;
        AshbyViews.Value profile = null;
        AshbyViews.Value cancelled = null;
        List<AshbyViews.Value> metadata = new ArrayList<>();
        if ("completed".equals(status) && callback.assessmentId() != null) {
            String reportUrl = reportUrls.ofSealed(callback.reportTokenSealed())
                    .orElseThrow(() -> new Refused("the report URL is not available (no sealed report token)"));
            AssessmentViews.View assessment = QuarkusTransaction.requiringNew().call(() -> assessments.get(callback.assessmentId()));
            Map<String, String> titles = QuarkusTransaction.requiringNew().call(() -> assessments.criterionTitles(callback.assessmentId()));
            result = new AshbyViews.Value("score", "Score", "The engine's score, 0-100", "numeric_score",
                    assessment.engineResult().score());
            profile = new AshbyViews.Value("report", "Report", "The socialhire report page", "url", reportUrl);
            AssessmentViews.FinalResult finalResult = assessment.finalResult();
            metadata.add(new AshbyViews.Value("final", "Final result", "False while a person's review is pending", "boolean_success",
                    finalResult != null));
            if (finalResult != null && finalResult.rating() != null) {
                metadata.add(new AshbyViews.Value("rating", "Rating", "1-5", "numeric_score", finalResult.rating()));
            }
            if (finalResult != null && finalResult.recommendation() != null) {
                metadata.add(new AshbyViews.Value("recommendation", "Recommendation", "definitely_not, no, mixed, yes or strong_yes", "string",
                        finalResult.recommendation().jsonValue()));
            }
            List<AssessmentViews.CriterionLevel> levels = finalResult != null ? finalResult.criteria()
                    : assessment.engineResult().criteria().stream()
                            .map(l -> new AssessmentViews.CriterionLevel(l.criterion(), l.level(), l.min(), l.max(), null)).toList();
            for (AssessmentViews.CriterionLevel level : levels) {
                metadata.add(new AshbyViews.Value("criterion_" + level.criterion(), titles.getOrDefault(level.criterion(), level.criterion()),
                        "Level on " + level.min() + "-" + level.max(), "string", level.level() + " of " + level.max()));
            }
            if (assessment.engineResult().summary() != null) {
                metadata.add(new AshbyViews.Value("summary", "Summary", "The engine's summary of the answer", "string", assessment.engineResult().summary()));
            }
        } else if ("cancelled".equals(status)) {
            cancelled = new AshbyViews.Value("cancelled_reason", "Cancelled", "Why the assessment ended without a result", "string", "The assessment was cancelled.");
        } else if ("expired".equals(status)) {
            cancelled = new AshbyViews.Value("cancelled_reason", "Expired", "Why the assessment ended without a result", "string",
                    "The candidate did not answer before the link expired.");
        }
        return new AshbyViews.Update(callback.invitationId().toString(), callback.occurredAt().toEpochMilli(), statusValue, result, profile,
                cancelled, metadata.isEmpty() ? null : metadata);
    }
}
