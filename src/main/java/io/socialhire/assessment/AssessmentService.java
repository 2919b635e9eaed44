package io.socialhire.assessment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.socialhire.audit.AuditLog;
import io.socialhire.candidate.CandidateErasure;
import io.socialhire.candidate.CandidateService;
import io.socialhire.candidate.ChannelView;
import io.socialhire.common.ApiException;
import io.socialhire.common.Changes;
import io.socialhire.common.Cursor;
import io.socialhire.common.Page;
import io.socialhire.engine.DeclaredChannel;
import io.socialhire.event.DomainEvent;
import io.socialhire.engine.Recommendation;
import io.socialhire.engine.ScoringResult;
import io.socialhire.rubric.RubricRegistry;
import io.socialhire.scoring.ScoringService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

/** Stored assessments and their reviews: the engine's result stays as scored, reviews layer over it. */
@ApplicationScoped
@Transactional
public class AssessmentService {

    private static final TypeReference<List<AssessmentViews.CriterionLevel>> LEVELS = new TypeReference<>() { };

    private final AssessmentRepository assessments;
    private final ReviewRepository reviews;
    private final ObjectMapper mapper;
    private final CandidateService candidates;
    private final ScoringService scoring;
    private final RubricRegistry rubrics;
    private final AuditLog audit;
    private final Event<DomainEvent> events;
    private final ReviewPolicy policy;

    public AssessmentService(AssessmentRepository assessments, ReviewRepository reviews, ObjectMapper mapper,
            CandidateService candidates, ScoringService scoring, RubricRegistry rubrics, AuditLog audit, Event<DomainEvent> events,
            ReviewPolicy policy) {
        this.policy = policy;
        this.audit = audit;
        this.events = events;
        this.assessments = assessments;
        this.reviews = reviews;
        this.mapper = mapper;
        this.candidates = candidates;
        this.scoring = scoring;
        this.rubrics = rubrics;
    }

    /** Scores the answer, cross-checked against the channels the candidate declared, and keeps it. */
    public AssessmentViews.View create(UUID candidateId, AssessmentViews.Input input) {
        List<DeclaredChannel> declared = candidates.channels(candidateId).stream().map(AssessmentService::declared).toList();
        ScoringResult result = scoring.score(input.answer(), input.roleId(), input.roleTitle(), input.rubric(), declared);
        Assessment a = new Assessment();
        a.id = UUID.randomUUID();
        a.candidateId = candidateId;
        a.question = input.question() == null || input.question().isBlank() ? AssessmentViews.DEFAULT_QUESTION : input.question().strip();
        a.answer = input.answer();
        a.roleId = result.role().id();
        a.roleTitleInput = input.roleTitle() == null || input.roleTitle().isBlank() ? null : input.roleTitle().strip();
        a.rubricKey = result.rubric().key();
        a.rubricVersion = result.rubric().version();
        a.engineVersion = result.engineVersion();
        a.result = json(result);
        a.rating = result.rating() == null ? null : result.rating().shortValue();
        a.score = result.score() == null ? null : result.score().shortValue();
        a.recommendation = result.recommendation() == null ? null : result.recommendation().jsonValue();
        a.needsHumanReview = result.needsHumanReview();
        a.createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        a.createdByKeyId = audit.currentKeyId();
        assessments.persist(a);
        events.fire(new AssessmentEvents.Created(a.id, candidateId, policy.status(result.recommendation(), 0)));
        return view(a, result, List.of());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<AssessmentViews.View> list(UUID candidateId, int limit, Cursor after) {
        candidates.requireExists(candidateId);
        Page<Assessment> page = assessments.page(candidateId, after, limit);
        Map<UUID, List<Review>> reviewed = reviews.byAssessment(page.items().stream().map(a -> a.id).toList());
        return page.map(a -> view(a, result(a), reviewed.getOrDefault(a.id, List.of())));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public AssessmentViews.View get(UUID id) {
        Assessment a = load(id);
        return view(a, result(a), reviews.byAssessment(List.of(id)).getOrDefault(id, List.of()));
    }

    /**
     * Records a review. The engine's result never changes; the newest review becomes the final
     * result. Wherever the reviewer departs from the engine, a reason is required.
     */
    public AssessmentViews.ReviewView review(UUID assessmentId, AssessmentViews.ReviewInput input) {
        Assessment a = load(assessmentId);
        ScoringResult engine = result(a);
        Map<String, ScoringResult.CriterionResult> byKey = new HashMap<>();
        engine.criteria().forEach(c -> byKey.put(c.criterion(), c));
        Map<String, AssessmentViews.CriterionOverride> overrides = new HashMap<>();
        List<AssessmentViews.CriterionOverride> given = input.criteria() == null ? List.of() : input.criteria();
        for (int i = 0; i < given.size(); i++) {
            AssessmentViews.CriterionOverride o = given.get(i);
            ScoringResult.CriterionResult scored = byKey.get(o.criterion());
            if (scored == null) {
                throw ApiException.invalid("criteria[" + i + "].criterion", byKey.isEmpty()
                        ? "this assessment has no criterion levels (the engine did not rate it); set rating only"
                        : "must be one of: " + engine.criteria().stream().map(ScoringResult.CriterionResult::criterion)
                                .collect(Collectors.joining(", ")));
            }
            if (overrides.put(o.criterion(), o) != null) {
                throw ApiException.invalid("criteria[" + i + "].criterion", "appears twice");
            }
            if (o.level() < scored.min() || o.level() > scored.max()) {
                throw ApiException.invalid("criteria[" + i + "].level", "must be from " + scored.min() + " to " + scored.max());
            }
            if (o.level() != scored.level() && blank(o.reason())) {
                throw ApiException.invalid("criteria[" + i + "].reason",
                        "required: the level differs from the engine's (" + scored.level() + ")");
            }
        }
        List<AssessmentViews.CriterionLevel> levels = engine.criteria().stream().map(c -> {
            AssessmentViews.CriterionOverride o = overrides.get(c.criterion());
            int level = o == null ? c.level() : o.level();
            String reason = o == null || level == c.level() ? null : o.reason().strip();
            return new AssessmentViews.CriterionLevel(c.criterion(), level, c.min(), c.max(), reason);
        }).toList();

        Integer rating = input.rating() != null ? input.rating() : engine.rating();
        if (rating == null) {
            throw ApiException.invalid("rating", "required: the engine did not rate this answer ("
                    + String.join(", ", engine.reviewReasons()) + ")");
        }
        Recommendation recommendation = input.recommendation() != null ? input.recommendation()
                : rubrics.engine(a.rubricKey, a.rubricVersion).recommendationFor(rating);
        boolean departs = !Objects.equals(rating, engine.rating()) || recommendation != engine.recommendation();
        if (departs && blank(input.reason())) {
            throw ApiException.invalid("reason", "required: the rating or recommendation differs from the engine's ("
                    + engine.rating() + ", " + (engine.recommendation() == null ? "none" : engine.recommendation().jsonValue()) + ")");
        }
        Review r = new Review();
        r.id = UUID.randomUUID();
        r.assessmentId = a.id;
        r.reviewer = input.reviewer().strip();
        r.rating = rating.shortValue();
        r.recommendation = recommendation.jsonValue();
        r.criteria = json(levels);
        r.reason = blank(input.reason()) ? null : input.reason().strip();
        r.note = blank(input.note()) ? null : input.note().strip();
        r.createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        r.createdByKeyId = audit.currentKeyId();
        reviews.persist(r);
        events.fire(new AssessmentEvents.Reviewed(r.id, a.id, a.candidateId, r.rating,
                a.score == null ? null : a.score.intValue(), r.recommendation,
                Changes.between(null, input)));
        return view(r);
    }

    /**
     * Keeps a candidate's assessments only as anonymous calibration data: no candidate, answer,
     * question, quotes, detected handles, follow-up questions or reviewer notes; ratings and
     * criterion levels stay.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void anonymize(@Observes CandidateErasure erasure) {
        List<Assessment> owned = assessments.listOwnedBy(erasure.candidateId());
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        for (Assessment a : owned) {
            ScoringResult r = result(a);
            List<ScoringResult.CriterionResult> levels = r.criteria().stream().map(c -> new ScoringResult.CriterionResult(
                    c.criterion(), c.level(), c.min(), c.max(), c.weight(), "", List.of())).toList();
            a.result = json(new ScoringResult(r.rating(), r.score(), r.recommendation(), levels, List.of(), r.flags(), List.of(),
                    r.needsHumanReview(), r.reviewReasons(), r.language(), r.rubric(), r.engineVersion(), r.role(),
                    null, List.of(), r.appliedRules(), r.ratingProbabilities(), r.secondOpinion()));
            a.candidateId = null;
            a.answer = "";
            a.question = "";
            a.roleTitleInput = null;
            a.erasedAt = now;
        }
        List<UUID> ids = owned.stream().map(a -> a.id).toList();
        for (List<Review> ofOne : reviews.byAssessment(ids).values()) {
            for (Review review : ofOne) {
                review.note = null;
                review.reason = null;
                review.criteria = json(levels(review).stream().map(l -> new AssessmentViews.CriterionLevel(l.criterion(), l.level(),
                        l.min(), l.max(), null)).toList());
            }
        }
    }

    /** Everything held about a candidate, for a data access request. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AssessmentViews.Exported> export(UUID candidateId) {
        List<Assessment> owned = assessments.listOwnedByOldestFirst(candidateId);
        Map<UUID, List<Review>> reviewed = reviews.byAssessment(owned.stream().map(a -> a.id).toList());
        return owned.stream().map(a -> {
            List<Review> of = reviewed.getOrDefault(a.id, List.of());
            return new AssessmentViews.Exported(view(a, result(a), of), of.stream().map(this::view).toList());
        }).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AssessmentViews.ReviewView> reviews(UUID assessmentId) {
        load(assessmentId);
        return reviews.byAssessment(List.of(assessmentId)).getOrDefault(assessmentId, List.of()).stream().map(this::view).toList();
    }

    /** Each criterion's title in the assessment's rubric version, by criterion key, for pages read by people. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, String> criterionTitles(UUID assessmentId) {
        Assessment a = load(assessmentId);
        Map<String, String> titles = new HashMap<>();
        rubrics.version(a.rubricKey, a.rubricVersion).definition().path("criteria")
                .forEach(c -> titles.put(c.path("key").asText(), c.path("title").asText()));
        return titles;
    }

    private Assessment load(UUID id) {
        Assessment a = assessments.findById(id);
        if (a == null || a.erasedAt != null) {
            throw ApiException.notFound("Assessment", id);
        }
        return a;
    }

    private AssessmentViews.View view(Assessment a, ScoringResult engine, List<Review> reviews) {
        AssessmentStatus status = policy.status(engine.recommendation(), reviews.size());
        AssessmentViews.FinalResult fin = switch (status) {
            case PENDING_REVIEW -> null; // nothing counts until a person decides
            case FINAL -> AssessmentViews.FinalResult.ofEngine(engine);
            case REVIEWED -> {
                Review latest = reviews.get(reviews.size() - 1);
                yield new AssessmentViews.FinalResult("review", latest.id, latest.reviewer, latest.createdAt, (int) latest.rating,
                        Recommendation.fromJson(latest.recommendation), engine.score(), levels(latest));
            }
        };
        return new AssessmentViews.View(a.id, a.candidateId, a.question, a.answer, a.roleTitleInput, engine, status, fin,
                reviews.size(), a.createdAt);
    }

    private AssessmentViews.ReviewView view(Review r) {
        return new AssessmentViews.ReviewView(r.id, r.assessmentId, r.reviewer, r.rating, Recommendation.fromJson(r.recommendation),
                levels(r), r.reason, r.note, r.createdAt);
    }

    ScoringResult result(Assessment a) {
        try {
            return mapper.readValue(a.result, ScoringResult.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored result of assessment " + a.id + " is unreadable", e);
        }
    }

    List<AssessmentViews.CriterionLevel> levels(Review r) {
        try {
            return mapper.readValue(r.criteria, LEVELS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored levels of review " + r.id + " are unreadable", e);
        }
    }

    private String json(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialize " + value.getClass().getSimpleName(), e);
        }
    }

    private static DeclaredChannel declared(ChannelView c) {
        return new DeclaredChannel(c.platform(), c.handle(), c.communityName(), c.role().json(), c.frequency().json());
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
