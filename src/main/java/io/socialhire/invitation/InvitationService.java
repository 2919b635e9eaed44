package io.socialhire.invitation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.socialhire.assessment.AssessmentService;
import io.socialhire.assessment.AssessmentViews;
import io.socialhire.audit.AuditLog;
import io.socialhire.candidate.CandidateInput;
import io.socialhire.candidate.CandidateService;
import io.socialhire.candidate.CandidateView;
import io.socialhire.candidate.ChannelInput;
import io.socialhire.candidate.ChannelRole;
import io.socialhire.candidate.Frequency;
import io.socialhire.common.ApiEnum;
import io.socialhire.common.ApiException;
import io.socialhire.common.Cursor;
import io.socialhire.common.ETags;
import io.socialhire.common.Page;
import io.socialhire.common.Problem;
import io.socialhire.common.ProblemType;
import io.socialhire.common.PublicUrls;
import io.socialhire.common.ReportUrls;
import io.socialhire.common.RetryLostRaces;
import io.socialhire.common.SecretBox;
import io.socialhire.common.SocialhireConfig;
import io.socialhire.common.Text;
import io.socialhire.event.DomainEvent;
import io.socialhire.platform.PlatformCatalog;
import io.socialhire.scoring.RubricSelector;
import io.socialhire.scoring.ScoringInput;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Invitations: orders, their lifecycle (invited, started, completed, cancelled, expired) and the
 * candidate's page's reads and writes. Each change publishes its event in its own transaction.
 */
@ApplicationScoped
@Transactional
@RetryLostRaces
public class InvitationService {

    /** The latest expiresAt an order may ask for, counted from now. */
    static final Duration MAX_VALIDITY = Duration.ofDays(90);
    /** Channels the candidate may declare on the page. */
    public static final int MAX_PAGE_CHANNELS = 5;
    /** A community's name, as ChannelInput allows it. */
    static final int MAX_COMMUNITY_CHARS = 200;
    /** The source of invitations for candidates that have no ATS reference. */
    static final String API_SOURCE = "api";
    private static final TypeReference<List<DraftChannel>> DRAFT_CHANNELS = new TypeReference<>() { };

    private final InvitationRepository invitations;
    private final AssessmentPackageRepository packages;
    private final CandidateService candidates;
    private final AssessmentService assessments;
    private final AuditLog audit;
    private final Event<DomainEvent> events;
    private final PublicUrls urls;
    private final ObjectMapper mapper;
    private final Duration defaultValidity;
    private final InvitationEmails emails;
    private final SecretBox box;
    private final ReportUrls reportUrls;

    public InvitationService(InvitationRepository invitations, AssessmentPackageRepository packages, CandidateService candidates,
            AssessmentService assessments, AuditLog audit, Event<DomainEvent> events, PublicUrls urls, ObjectMapper mapper, SocialhireConfig config,
            InvitationEmails emails, SecretBox box, ReportUrls reportUrls) {
        this.reportUrls = reportUrls;
        this.emails = emails;
        this.box = box;
        this.invitations = invitations;
        this.packages = packages;
        this.candidates = candidates;
        this.assessments = assessments;
        this.audit = audit;
        this.events = events;
        this.urls = urls;
        this.mapper = mapper;
        this.defaultValidity = config.invitations().defaultValidity();
    }

    /** The invitation and whether this order created it (false: the open one it repeats). */
    public record Ordered(InvitationViews.View invitation, boolean created) {
    }

    /**
     * What an ATS connector adds to an order: the candidate's application in the ATS, where it asks to
     * be told of changes and the ATS's application id (any may be null).
     */
    public record AtsOrder(String profileUrl, String callbackUrl, String applicationId) {
    }

    /** An invitation as an ATS connector reads it: the API view, its report URL (null without a sealed token) and the ATS's links. */
    public record AtsView(InvitationViews.View invitation, String reportUrl, String atsProfileUrl, String atsCallbackUrl) {
    }

    /** A channel as the candidate typed it on the page: every field as text, checked on submit. */
    public record DraftChannel(String platform, String identity, String role, String frequency) {

        /** A row of the page's form left empty: not a channel. */
        @com.fasterxml.jackson.annotation.JsonIgnore
        public boolean isEmptyRow() {
            return blank(platform) && blank(identity) && blank(role) && blank(frequency);
        }
    }

    /** What the candidate's page shows. */
    public record PageState(UUID id, InvitationViews.Status status, boolean overdue, String question, List<String> languages,
            String locale, String jobTitle, String source, Instant expiresAt, String draftAnswer, List<DraftChannel> draftChannels) {

        /** Whether the candidate can still answer. */
        public boolean open() {
            return !overdue && (status == InvitationViews.Status.INVITED || status == InvitationViews.Status.STARTED);
        }
    }

    // --- the API ----------------------------------------------------------------------------

    /**
     * Orders an assessment. While an invitation of the same source, candidate and package is invited
     * or started, ordering it again returns that invitation (without its links, which exist only in
     * the response that created it).
     */
    public Ordered create(InvitationViews.Input input) {
        return create(input, null);
    }

    /** An order from an ATS connector: as {@link #create(InvitationViews.Input)}, keeping the ATS's links on the invitation. */
    public Ordered create(InvitationViews.Input input, AtsOrder ats) {
        if ((input.candidateId() == null) == (input.candidate() == null)) {
            throw ApiException.invalid(input.candidateId() == null ? "candidateId" : "candidate", "give candidateId or candidate, not both");
        }
        AssessmentPackage pkg = input.packageId().matches(PackageViews.ID) ? packages.findById(input.packageId()) : null;
        if (pkg == null) {
            throw ApiException.notFound("Assessment package", Text.abbreviate(input.packageId()));
        }
        if (pkg.retiredAt != null) {
            throw unprocessable("packageId", "the package '" + pkg.id + "' is retired and can no longer be ordered");
        }
        if (input.locale() != null && !pkg.languages.contains(input.locale())) {
            throw unprocessable("locale", "the package is offered in " + String.join(", ", pkg.languages));
        }
        Instant now = now();
        Instant expiresAt = input.expiresAt() == null ? now.plus(defaultValidity) : input.expiresAt().truncatedTo(ChronoUnit.MICROS);
        if (!expiresAt.isAfter(now)) {
            throw unprocessable("expiresAt", "must be in the future");
        }
        if (expiresAt.isAfter(now.plus(MAX_VALIDITY))) {
            throw unprocessable("expiresAt", "must be at most " + MAX_VALIDITY.toDays() + " days from now");
        }
        CandidateView candidate;
        if (input.candidate() != null) {
            InvitationViews.InlineCandidate c = input.candidate();
            candidate = candidates.findOrCreateByExternalId(c.source(), c.externalId(),
                    new CandidateInput(c.fullName(), c.email(), null, null, null, null, null, null));
        } else {
            candidate = candidates.get(input.candidateId());
        }
        boolean sendEmail = Boolean.TRUE.equals(input.sendEmail());
        if (sendEmail) {
            emails.requireSendable(candidate.email(), input.candidate() != null ? "candidate.email" : "candidateId");
        }
        String source = candidate.ats() == null ? API_SOURCE : candidate.ats().source();

        invitations.takeTurn(source, candidate.id(), pkg.id);
        Optional<Invitation> open = invitations.findOpen(source, candidate.id(), pkg.id);
        if (open.isPresent() && !open.get().expiresAt.isAfter(now)) {
            expire(open.get(), now); // overdue, and the expiry job has not come by yet
            open = Optional.empty();
        }
        if (open.isPresent()) {
            return new Ordered(view(open.get(), emails.of(List.of(open.get().id)).get(open.get().id), null, null), false);
        }
        LinkToken candidateToken = LinkToken.generate();
        LinkToken reportToken = LinkToken.generate();
        Invitation i = new Invitation();
        i.id = UUID.randomUUID();
        i.packageId = pkg.id;
        i.candidateId = candidate.id();
        i.source = source;
        i.jobExternalId = input.job() == null ? null : blankToNull(input.job().externalId());
        i.jobTitle = input.job() == null ? null : blankToNull(input.job().title());
        i.locale = input.locale();
        i.status = InvitationViews.Status.INVITED.json();
        i.invitedAt = now;
        i.expiresAt = expiresAt;
        i.candidateTokenHash = candidateToken.hash();
        i.reportTokenHash = reportToken.hash();
        i.reportTokenSealed = box.seal(reportToken.value()).orElse(null);
        i.atsProfileUrl = ats == null ? null : ats.profileUrl();
        i.atsCallbackUrl = ats == null ? null : ats.callbackUrl();
        i.atsApplicationId = ats == null ? null : ats.applicationId();
        i.createdByKeyId = audit.currentKeyId();
        i.createdAt = now;
        i.updatedAt = now;
        invitations.persistAndFlush(i);
        String candidateUrl = urls.at("/a/" + candidateToken.value()).toString();
        InvitationViews.EmailState email = sendEmail ? emails.enqueue(i.id, candidateUrl, now) : null;
        events.fire(new InvitationEvents.InvitationCreated(i.id, sendEmail));
        return new Ordered(view(i, email, candidateUrl, reportUrls.of(reportToken.value())), true);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public InvitationViews.View get(UUID id) {
        Invitation i = invitations.findById(id);
        if (i == null) {
            throw ApiException.notFound("Invitation", id);
        }
        return view(i);
    }

    /** The id of the open invitation of this source assessing this ATS application with this package, if any. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<UUID> openForApplication(String source, String applicationId, String packageId) {
        return invitations.findOpenForApplication(source, applicationId, packageId).map(i -> i.id);
    }

    /** An invitation of this source as its ATS connector reads it; a 404 for any other. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public AtsView atsView(UUID id, String source) {
        Invitation i = id == null ? null : invitations.findById(id);
        if (i == null || !i.source.equals(source)) {
            throw ApiException.notFound("Invitation", id == null ? "of this id" : id);
        }
        String reportUrl = reportUrls.ofSealed(i.reportTokenSealed).orElse(null);
        return new AtsView(view(i), reportUrl, i.atsProfileUrl, i.atsCallbackUrl);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<InvitationViews.View> list(InvitationViews.Filter filter, Cursor after, int limit) {
        Page<Invitation> page = invitations.page(filter, after, limit);
        Map<UUID, InvitationViews.EmailState> sent = emails.of(page.items().stream().map(i -> i.id).toList());
        return page.map(i -> view(i, sent.get(i.id), null, null));
    }

    /** Withdraws an invited or started invitation: its page stops taking answers. Anything else is a 409. */
    public InvitationViews.View cancel(UUID id, String ifMatch) {
        Invitation i = invitations.lockById(id).orElseThrow(() -> ApiException.notFound("Invitation", id));
        if (ifMatch != null) {
            ETags.requireMatch(ifMatch, i.version);
        }
        Instant now = now();
        if (i.isOpen() && !i.expiresAt.isAfter(now)) {
            expire(i, now);
        }
        if (!i.isOpen()) {
            throw ApiException.conflict("The invitation is " + i.status + "; only invited or started invitations can be cancelled.", i.id);
        }
        i.cancelledAt = now;
        moveTo(i, InvitationViews.Status.CANCELLED, now, Map.of());
        return view(i);
    }

    /**
     * Marks up to {@code max} open invitations whose time is up expired, each with its event, in one
     * transaction. Returns how many.
     */
    public int expireDue(int max) {
        Instant now = now();
        List<Object[]> expired = invitations.expireDue(now, max);
        for (Object[] row : expired) {
            events.fire(new InvitationEvents.Moved((UUID) row[0], (UUID) row[1], (String) row[2], InvitationViews.Status.EXPIRED, Map.of()));
        }
        return expired.size();
    }

    /** A candidate's invitations, oldest first, for an export. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<InvitationViews.View> export(UUID candidateId) {
        List<Invitation> all = invitations.listByCandidate(candidateId);
        Map<UUID, InvitationViews.EmailState> sent = emails.of(all.stream().map(i -> i.id).toList());
        return all.stream().map(i -> view(i, sent.get(i.id), null, null)).toList();
    }

    // --- the candidate's page ---------------------------------------------------------------

    /**
     * What the page at this token shows; the first view of an invited invitation starts it. An
     * unknown token is a 404.
     */
    public PageState open(String token) {
        Invitation i = lockByToken(token);
        Instant now = now();
        if (InvitationViews.Status.INVITED.json().equals(i.status) && i.expiresAt.isAfter(now)) {
            i.startedAt = now;
            moveTo(i, InvitationViews.Status.STARTED, now, Map.of());
        }
        return state(i, now);
    }

    /** The page's state without changing anything, such as after a refused submit; read in a transaction of its own, never from a stale session. */
    public PageState peek(String token) {
        Invitation i = LinkToken.parse(token).flatMap(t -> invitations.findByCandidateToken(t.hash()))
                .orElseThrow(() -> ApiException.notFound("Invitation", "of this link"));
        return state(i, now());
    }

    /** Keeps what the candidate typed so far; only while they can still answer (409 otherwise). */
    public void saveDraft(String token, String answer, List<DraftChannel> channels) {
        Invitation i = lockOpenByToken(token);
        if (answer != null && answer.length() > ScoringInput.MAX_ANSWER_CHARS) {
            throw ApiException.invalid("answer", "must be at most " + ScoringInput.MAX_ANSWER_CHARS + " characters");
        }
        List<DraftChannel> kept = nonEmpty(channels);
        if (kept.size() > MAX_PAGE_CHANNELS) {
            throw ApiException.invalid("channels", "at most " + MAX_PAGE_CHANNELS + " channels");
        }
        i.draftAnswer = answer == null || answer.isBlank() ? null : answer;
        i.draftChannels = kept.isEmpty() ? null : json(kept);
        i.updatedAt = now();
        invitations.flush();
    }

    /**
     * The candidate's answer, in one transaction: the declared channels are added to the candidate
     * (the API's validation), the answer is scored and stored as an assessment (the engine's full
     * result), the invitation is completed, and the events are published. Submitting again, or after
     * the invitation closed, is a 409 and writes nothing.
     */
    public InvitationViews.View submit(String token, String answer, List<DraftChannel> channels) {
        Invitation i = lockOpenByToken(token);
        List<Problem.FieldError> errors = new ArrayList<>();
        if (answer == null || answer.isBlank()) {
            errors.add(new Problem.FieldError("answer", "required"));
        } else if (answer.length() > ScoringInput.MAX_ANSWER_CHARS) {
            errors.add(new Problem.FieldError("answer", "must be at most " + ScoringInput.MAX_ANSWER_CHARS + " characters"));
        }
        List<DraftChannel> declared = nonEmpty(channels);
        if (declared.size() > MAX_PAGE_CHANNELS) {
            errors.add(new Problem.FieldError("channels", "at most " + MAX_PAGE_CHANNELS + " channels"));
        }
        List<ChannelInput> inputs = new ArrayList<>();
        for (int n = 0; n < declared.size() && n < MAX_PAGE_CHANNELS; n++) {
            inputs.add(channelInput(declared.get(n), "channels[" + n + "].", errors));
        }
        if (!errors.isEmpty()) {
            throw new ApiException(ProblemType.VALIDATION, "The request has " + errors.size() + " invalid field"
                    + (errors.size() == 1 ? "." : "s."), errors, null);
        }
        if (!inputs.isEmpty()) {
            candidates.declareChannels(i.candidateId, inputs);
        }
        AssessmentPackage pkg = packages.findById(i.packageId);
        AssessmentViews.View assessment = assessments.create(i.candidateId,
                new AssessmentViews.Input(answer, pkg.question, pkg.roleId, null, new RubricSelector(pkg.rubricKey, null)));
        Instant now = now();
        if (i.startedAt == null) {
            i.startedAt = now;
        }
        i.completedAt = now;
        i.assessmentId = assessment.id();
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("assessmentId", assessment.id());
        AssessmentViews.FinalResult scored = assessment.finalResult();
        if (scored.rating() != null) {
            result.put("rating", scored.rating());
        }
        if (scored.score() != null) {
            result.put("score", scored.score());
        }
        if (scored.recommendation() != null) {
            result.put("recommendation", scored.recommendation().jsonValue());
        }
        result.put("assessmentUrl", urls.at("/api/v1/assessments/" + assessment.id()).toString());
        moveTo(i, InvitationViews.Status.COMPLETED, now, result);
        return view(i);
    }

    // --- rules ------------------------------------------------------------------------------

    private Invitation lockByToken(String token) {
        return LinkToken.parse(token).flatMap(t -> invitations.lockByCandidateToken(t.hash()))
                .orElseThrow(() -> ApiException.notFound("Invitation", "of this link"));
    }

    private Invitation lockOpenByToken(String token) {
        Invitation i = lockByToken(token);
        if (!i.isOpen() || !i.expiresAt.isAfter(now())) {
            throw ApiException.conflict("The invitation is " + (i.isOpen() ? "expired" : i.status) + "; it takes no more answers.", i.id);
        }
        return i;
    }

    private void expire(Invitation i, Instant now) {
        i.expiredAt = now;
        moveTo(i, InvitationViews.Status.EXPIRED, now, Map.of());
    }

    /**
     * One step of the lifecycle (the step's own time is set by the caller): the draft goes once the
     * page takes no more answers, and the step is audited and published under its name.
     */
    private void moveTo(Invitation i, InvitationViews.Status status, Instant now, Map<String, Object> added) {
        i.status = status.json();
        i.updatedAt = now;
        if (status != InvitationViews.Status.STARTED) {
            i.draftAnswer = null;
            i.draftChannels = null;
        }
        invitations.flush();
        events.fire(new InvitationEvents.Moved(i.id, i.candidateId, i.source, status, added));
    }

    private static ChannelInput channelInput(DraftChannel c, String prefix, List<Problem.FieldError> errors) {
        if (blank(c.platform())) {
            errors.add(new Problem.FieldError(prefix + "platform", "required"));
        }
        if (blank(c.identity())) {
            errors.add(new Problem.FieldError(prefix + "identity", "required"));
        }
        ChannelRole role = parse(ChannelRole.class, c.role(), prefix + "role", errors);
        Frequency frequency = parse(Frequency.class, c.frequency(), prefix + "frequency", errors);
        String identity = blank(c.identity()) ? null : c.identity().strip();
        boolean url = identity != null && identity.matches("(?i)^https?://.*");
        boolean handle = identity != null && !url && !identity.contains(" ");
        // The API's limits for each kind (a profile URL, a handle, a community's name), checked here as its validation would.
        int max = url ? PlatformCatalog.MAX_URL_LENGTH : handle ? PlatformCatalog.MAX_HANDLE_LENGTH : MAX_COMMUNITY_CHARS;
        if (identity != null && identity.length() > max) {
            errors.add(new Problem.FieldError(prefix + "identity", "must be at most " + max + " characters"));
        }
        return new ChannelInput(blank(c.platform()) ? null : c.platform().strip(), handle ? identity : null, url ? identity : null,
                !url && !handle ? identity : null, role, frequency, null, null, null);
    }

    private static <E extends Enum<E> & ApiEnum> E parse(Class<E> type, String value, String field, List<Problem.FieldError> errors) {
        if (blank(value)) {
            errors.add(new Problem.FieldError(field, "required"));
            return null;
        }
        try {
            return ApiEnum.fromJson(type, value.strip());
        } catch (IllegalArgumentException e) {
            errors.add(new Problem.FieldError(field, "not a choice offered"));
            return null;
        }
    }

    private PageState state(Invitation i, Instant now) {
        AssessmentPackage pkg = packages.findById(i.packageId);
        return new PageState(i.id, ApiEnum.fromJson(InvitationViews.Status.class, i.status), i.isOpen() && !i.expiresAt.isAfter(now),
                pkg.question, List.copyOf(pkg.languages), i.locale, i.jobTitle, i.source, i.expiresAt, i.draftAnswer, drafts(i));
    }

    private List<DraftChannel> drafts(Invitation i) {
        if (i.draftChannels == null) {
            return List.of();
        }
        try {
            return mapper.readValue(i.draftChannels, DRAFT_CHANNELS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored draft is not the JSON this service wrote", e);
        }
    }

    private String json(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<DraftChannel> nonEmpty(List<DraftChannel> channels) {
        return channels == null ? List.of() : channels.stream().filter(c -> c != null && !c.isEmptyRow()).toList();
    }

    private InvitationViews.View view(Invitation i) {
        return view(i, emails.of(List.of(i.id)).get(i.id), null, null);
    }

    static InvitationViews.View view(Invitation i, InvitationViews.EmailState email, String candidateUrl, String reportUrl) {
        InvitationViews.Job job = i.jobExternalId == null && i.jobTitle == null ? null : new InvitationViews.Job(i.jobExternalId, i.jobTitle);
        return new InvitationViews.View(i.id, ApiEnum.fromJson(InvitationViews.Status.class, i.status), i.packageId, i.candidateId,
                i.source, job, i.locale, i.expiresAt, i.invitedAt, i.startedAt, i.completedAt, i.cancelledAt, i.expiredAt, i.assessmentId,
                email, candidateUrl, reportUrl, i.createdAt, i.updatedAt, i.version);
    }

    private static ApiException unprocessable(String field, String message) {
        return new ApiException(ProblemType.UNPROCESSABLE, "The request is well-formed but cannot be carried out.",
                List.of(new Problem.FieldError(field, message)), null);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String blankToNull(String value) {
        return blank(value) ? null : value.strip();
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
