package io.socialhire.integration.ashby;

import io.socialhire.common.ApiException;
import io.socialhire.integration.AtsFields;
import io.socialhire.integration.ConnectorKind;
import io.socialhire.integration.ConnectorService;
import io.socialhire.invitation.InvitationService;
import io.socialhire.invitation.InvitationViews;
import io.socialhire.invitation.PackageViews;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Ashby's assessments API mapped onto packages and invitations: an assessment type is a package
 * offered to the connector, an assessment an invitation of source ashby for one Ashby application,
 * made by the invitations' own creation path. What is refused is said in words Ashby shows its user.
 */
@ApplicationScoped
public class AshbyService {

    static final String SOURCE = ConnectorKind.ASHBY.json();

    /** A call refused: 409 (already being assessed) or 422, with the message for the Ashby user. */
    static final class Refused extends RuntimeException {
        final int status;

        Refused(int status, String message) {
            super(message, null, false, false);
            this.status = status;
        }
    }

    private final ConnectorService connectors;
    private final InvitationService invitations;
    private final Validator validator;

    public AshbyService(ConnectorService connectors, InvitationService invitations, Validator validator) {
        this.connectors = connectors;
        this.invitations = invitations;
        this.validator = validator;
    }

    public List<AshbyViews.AssessmentType> list() {
        return connectors.offered(ConnectorKind.ASHBY).stream()
                .map(p -> new AshbyViews.AssessmentType(p.id(), p.name(), p.description() == null ? p.question() : p.description())).toList();
    }

    @Transactional
    public UUID start(AshbyViews.Start request) {
        List<String> missing = new ArrayList<>();
        if (request == null || AtsFields.blank(request.assessmentTypeId())) {
            missing.add("assessment_type_id");
        }
        AshbyViews.Candidate c = request == null ? null : request.candidate();
        if (c == null || AtsFields.blank(c.ashbyId())) {
            missing.add("candidate.ashby_id");
        }
        if (c == null || AtsFields.blank(c.email())) {
            missing.add("candidate.email");
        }
        if (c == null || AtsFields.blank(c.firstName()) && AtsFields.blank(c.lastName())) {
            missing.add("candidate.first_name");
        }
        if (request == null || request.application() == null || AtsFields.blank(request.application().ashbyId())) {
            missing.add("application.ashby_id");
        }
        if (!missing.isEmpty()) {
            throw new Refused(422, "socialhire cannot start this assessment: missing " + String.join(", ", missing) + ".");
        }
        String typeId = request.assessmentTypeId().strip();
        PackageViews.View pkg = connectors.offered(ConnectorKind.ASHBY).stream().filter(p -> p.id().equals(typeId)).findFirst()
                .orElseThrow(() -> new Refused(422, "socialhire does not offer this assessment type any more; choose another one."));
        String applicationId = request.application().ashbyId().strip();
        Optional<UUID> open = invitations.openForApplication(SOURCE, applicationId, pkg.id());
        if (open.isPresent()) {
            throw new Refused(409, "This application is already being assessed with " + pkg.name() + " (assessment " + open.get() + ").");
        }
        AshbyViews.Job job = request.job();
        String fullName = AtsFields.name(c.firstName(), c.lastName());
        InvitationViews.Input input = new InvitationViews.Input(pkg.id(), null,
                new InvitationViews.InlineCandidate(fullName, c.email().strip(), SOURCE, c.ashbyId().strip()),
                job == null ? null : new InvitationViews.Job(blankToNull(job.ashbyId()), blankToNull(job.name())), null, null,
                Boolean.TRUE); // Ashby leaves it to the partner to send the candidate the assessment: the invitation is emailed

        List<String> invalid = new ArrayList<>();
        for (ConstraintViolation<InvitationViews.Input> v : validator.validate(input)) {
            invalid.add(v.getPropertyPath() + " " + v.getMessage());
        }
        if (!invalid.isEmpty()) {
            throw new Refused(422, "socialhire cannot start this assessment: " + String.join("; ", invalid) + ".");
        }
        InvitationService.Ordered ordered;
        try {
            ordered = invitations.create(input, new InvitationService.AtsOrder(blankToNull(c.ashbyProfileUrl()), null, applicationId));
        } catch (ApiException e) {
            throw new Refused(e.type().status() == 409 ? 409 : 422, "socialhire cannot start this assessment: " + e.getMessage());
        }
        if (!ordered.created()) {
            throw new Refused(409, "This candidate is already being assessed with " + pkg.name() + " (assessment "
                    + ordered.invitation().id() + ").");
        }
        return ordered.invitation().id();
    }

    @Transactional
    public void cancel(AshbyViews.Cancel request) {
        UUID id = AtsFields.uuid(request == null ? null : request.assessmentId())
                .orElseThrow(() -> new Refused(422, "socialhire has no assessment with this id."));
        try {
            invitations.atsView(id, SOURCE);
            invitations.cancel(id, null);
        } catch (ApiException e) {
            throw new Refused(422, e.type().status() == 404 ? "socialhire has no assessment with this id."
                    : "socialhire cannot cancel this assessment: " + e.getMessage());
        }
    }


    private static String blankToNull(String value) {
        return AtsFields.blank(value) ? null : value.strip();
    }

}
