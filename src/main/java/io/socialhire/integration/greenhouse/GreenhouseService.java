package io.socialhire.integration.greenhouse;

import io.socialhire.assessment.AssessmentService;
import io.socialhire.assessment.AssessmentViews;
import io.socialhire.common.ApiException;
import io.socialhire.common.Problem;
import io.socialhire.common.ProblemType;
import io.socialhire.integration.AtsFields;
import io.socialhire.integration.ConnectorKind;
import io.socialhire.integration.ConnectorLog;
import io.socialhire.integration.ConnectorService;
import io.socialhire.invitation.InvitationService;
import io.socialhire.invitation.InvitationViews;
import io.socialhire.invitation.PackageViews;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Greenhouse's Assessment partner API mapped onto packages and invitations: a test is a package
 * offered to the connector, a "partner interview" is an invitation of source greenhouse, made by the
 * same creation path as the API's (the candidate created or found by their Greenhouse person id).
 */
@ApplicationScoped
public class GreenhouseService {

    static final String SOURCE = ConnectorKind.GREENHOUSE.json();
    /** The person in a greenhouse_profile_url (https://app.greenhouse.io/people/17681532?application_id=26234709). */
    private static final Pattern PERSON = Pattern.compile("/people/(\\d{1,30})(?:[/?#]|$)");
    /** The only partner_status Greenhouse interprets: results are available. */
    static final String COMPLETE = "complete";

    private final ConnectorService connectors;
    private final InvitationService invitations;
    private final AssessmentService assessments;
    private final ConnectorLog log;
    private final Validator validator;

    public GreenhouseService(ConnectorService connectors, InvitationService invitations, AssessmentService assessments, ConnectorLog log,
            Validator validator) {
        this.connectors = connectors;
        this.invitations = invitations;
        this.assessments = assessments;
        this.log = log;
        this.validator = validator;
    }

    public List<GreenhouseViews.Test> listTests() {
        return connectors.offered(ConnectorKind.GREENHOUSE).stream().map(p -> new GreenhouseViews.Test(p.id(), p.name())).toList();
    }

    /**
     * Sends a test: an invitation to the package for the candidate. While one for the same candidate
     * and test is open, Greenhouse gets that one's id again.
     */
    @Transactional
    public UUID sendTest(GreenhouseViews.SendTest request) {
        List<Problem.FieldError> errors = new ArrayList<>();
        GreenhouseViews.Candidate c = request == null ? null : request.candidate();
        if (request == null || AtsFields.blank(request.partnerTestId())) {
            errors.add(new Problem.FieldError("partner_test_id", "required"));
        }
        if (c == null) {
            errors.add(new Problem.FieldError("candidate", "required"));
        } else {
            if (AtsFields.blank(c.email())) {
                errors.add(new Problem.FieldError("candidate.email", "required"));
            }
            if (AtsFields.blank(c.firstName()) && AtsFields.blank(c.lastName()) && AtsFields.blank(c.preferredName())) {
                errors.add(new Problem.FieldError("candidate.first_name", "a name is required"));
            }
        }
        String person = c == null || c.greenhouseProfileUrl() == null ? null : person(c.greenhouseProfileUrl());
        if (c != null && person == null) {
            errors.add(new Problem.FieldError("candidate.greenhouse_profile_url", "required: the candidate's Greenhouse URL (…/people/{id})"));
        }
        if (request == null || !httpUrl(request.url())) {
            errors.add(new Problem.FieldError("url", "required: the absolute URL to PATCH when the test's status changes"));
        }
        if (!errors.isEmpty()) {
            throw new ApiException(ProblemType.VALIDATION, "The request has " + errors.size() + " invalid field"
                    + (errors.size() == 1 ? "." : "s."), errors, null);
        }
        String testId = request.partnerTestId().strip();
        PackageViews.View pkg = connectors.offered(ConnectorKind.GREENHOUSE).stream().filter(p -> p.id().equals(testId)).findFirst()
                .orElseThrow(() -> ApiException.notFound("Test", testId.length() > 64 ? testId.substring(0, 64) + "…" : testId));
        String fullName = AtsFields.name(c.firstName(), c.lastName());
        if (fullName.isBlank()) {
            fullName = c.preferredName().strip();
        }
        InvitationViews.Input input = new InvitationViews.Input(pkg.id(), null,
                new InvitationViews.InlineCandidate(fullName, c.email().strip(), SOURCE, person), null, null, null,
                Boolean.TRUE); // Greenhouse leaves it to the partner to send the candidate the test: the invitation is emailed
        requireValid(input);
        return invitations.create(input, new InvitationService.AtsOrder(c.greenhouseProfileUrl().strip(), request.url().strip(), null))
                .invitation().id();
    }

    /** The test's status as Greenhouse reads it; once complete, with the score, the report URL and the result in brief. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public GreenhouseViews.TestStatus testStatus(UUID invitationId) {
        InvitationService.AtsView ats = invitations.atsView(invitationId, SOURCE);
        InvitationViews.View invitation = ats.invitation();
        if (invitation.status() != InvitationViews.Status.COMPLETED) {
            return new GreenhouseViews.TestStatus(invitation.status().json(), null, null, null);
        }
        AssessmentViews.View assessment = assessments.get(invitation.assessmentId());
        Map<String, Object> metadata = new LinkedHashMap<>();
        AssessmentViews.FinalResult result = assessment.finalResult();
        metadata.put("Result", result == null ? "awaiting a person's review" : "final (" + result.source() + ")");
        if (result != null && result.rating() != null) {
            metadata.put("Rating (1-5)", result.rating());
        }
        if (result != null && result.recommendation() != null) {
            metadata.put("Recommendation", result.recommendation().jsonValue());
        }
        Map<String, String> titles = assessments.criterionTitles(assessment.id());
        List<AssessmentViews.CriterionLevel> levels = result != null ? result.criteria() : assessment.engineResult().criteria().stream()
                .map(l -> new AssessmentViews.CriterionLevel(l.criterion(), l.level(), l.min(), l.max(), null)).toList();
        for (AssessmentViews.CriterionLevel level : levels) {
            metadata.put(titles.getOrDefault(level.criterion(), level.criterion()), level.level() + " of " + level.max());
        }
        if (assessment.engineResult().summary() != null) {
            metadata.put("Summary", assessment.engineResult().summary());
        }
        return new GreenhouseViews.TestStatus(COMPLETE, ats.reportUrl(), assessment.engineResult().score(), metadata);
    }

    /** A response of ours Greenhouse could not read: logged as an error and kept in the connector's log (without the email). */
    public void responseError(GreenhouseViews.ResponseError report) {
        if (report == null || AtsFields.blank(report.apiCall())) {
            throw ApiException.invalid("api_call", "required");
        }
        StringBuilder detail = new StringBuilder(String.join("; ", report.errors() == null ? List.of() : report.errors()));
        if (report.partnerTestId() != null) {
            detail.append(" (partner_test_id ").append(report.partnerTestId()).append(')');
        }
        if (report.partnerInterviewId() != null) {
            detail.append(" (partner_interview_id ").append(report.partnerInterviewId()).append(')');
        }
        log.reportedError(ConnectorKind.GREENHOUSE, "response_error: " + abbreviate(report.apiCall(), 60),
                AtsFields.uuid(report.partnerInterviewId()).orElse(null), detail.toString());
    }


    private void requireValid(InvitationViews.Input input) {
        List<Problem.FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<InvitationViews.Input> v : validator.validate(input)) {
            String path = v.getPropertyPath().toString();
            String field = switch (path) {
                case "candidate.email" -> "candidate.email";
                case "candidate.fullName" -> "candidate.first_name";
                case "candidate.externalId" -> "candidate.greenhouse_profile_url";
                default -> path;
            };
            errors.add(new Problem.FieldError(field, v.getMessage()));
        }
        if (!errors.isEmpty()) {
            throw new ApiException(ProblemType.VALIDATION, "The request has " + errors.size() + " invalid field"
                    + (errors.size() == 1 ? "." : "s."), errors, null);
        }
    }

    static String person(String profileUrl) {
        Matcher m = PERSON.matcher(profileUrl);
        return m.find() ? m.group(1) : null;
    }

    private static boolean httpUrl(String value) {
        if (AtsFields.blank(value) || value.length() > 2000) {
            return false;
        }
        try {
            URI uri = URI.create(value.strip());
            return uri.isAbsolute() && uri.getHost() != null && ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String abbreviate(String value, int max) {
        return value.length() > max ? value.substring(0, max) + "…" : value;
    }

}
