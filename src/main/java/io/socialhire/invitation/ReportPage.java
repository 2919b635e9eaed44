package io.socialhire.invitation;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.socialhire.assessment.AssessmentService;
import io.socialhire.assessment.AssessmentStatus;
import io.socialhire.assessment.AssessmentViews;
import io.socialhire.fairness.ModelCard;
import io.socialhire.fairness.ModelCardService;
import io.socialhire.candidate.CandidateService;
import io.socialhire.candidate.CandidateView;
import io.socialhire.candidate.ChannelView;
import io.socialhire.common.Secrets;
import io.socialhire.engine.RatingScale;
import io.socialhire.engine.Recommendation;
import io.socialhire.engine.ScoringResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;

/**
 * The hiring manager's report of one assessment, as a self-contained HTML page: no script, one inline
 * stylesheet (allowed by its hash in the Content-Security-Policy), the chart as inline SVG with a text
 * equivalent beside it. Whatever opens a report (a report link today; any {@link ReportTokens}) resolves its
 * token to an assessment, and {@link #render(UUID, Locale)} draws it; what the page shows is decided here only.
 */
@ApplicationScoped
public class ReportPage {

    /** The page in English; other languages fall back to it until message bundles exist. */
    static final Locale LANGUAGE = Locale.ENGLISH;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);
    private static final int BAR = 240;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance report(Report r, ToolCard tool, String style);

        static native TemplateInstance unavailable(String lang, String title, String message, String style);
    }

    private final AssessmentService assessments;
    private final CandidateService candidates;
    private final ModelCardService modelCards;
    private final String style;
    private final String styleHash;

    public ReportPage(AssessmentService assessments, CandidateService candidates, ModelCardService modelCards) {
        this.assessments = assessments;
        this.candidates = candidates;
        this.modelCards = modelCards;
        this.style = stylesheet();
        this.styleHash = "sha256-" + Base64.getEncoder().encodeToString(Secrets.sha256(style));
    }

    /** The Content-Security-Policy every report page is sent with: nothing but its own stylesheet. */
    public String contentSecurityPolicy() {
        return "default-src 'none'; style-src '" + styleHash + "'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
    }

    /** The report of an assessment; an unknown or erased assessment is the API's 404 problem (ApiException). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public String render(UUID assessmentId, Locale locale) {
        AssessmentViews.View a = assessments.get(assessmentId);
        List<AssessmentViews.ReviewView> reviews = assessments.reviews(assessmentId);
        CandidateView candidate = candidates.get(a.candidateId());
        Map<String, String> titles = assessments.criterionTitles(assessmentId);
        Function<String, String> title = key -> titles.get(key) == null || titles.get(key).isBlank() ? humanize(key) : titles.get(key);
        return Templates.report(report(a, reviews.isEmpty() ? null : reviews.get(reviews.size() - 1), candidate, title),
                toolCard(a.engineResult().rubric()), style).render();
    }

    /** The page for a link that opens nothing (404) or no longer (410): it says no more than that. */
    public String unavailable(boolean revoked) {
        return revoked
                ? Templates.unavailable(LANGUAGE.getLanguage(), "This report link was revoked",
                        "Whoever shared it has withdrawn it. Ask them for a new link if you still need the report.", style).render()
                : Templates.unavailable(LANGUAGE.getLanguage(), "Report not found",
                        "This link does not open a report. Check that it was copied whole, or ask for a new one.", style).render();
    }

    /** The page of an invitation's report link before there is a report: still waiting, or never coming. */
    public String notAnswered(boolean closed) {
        return closed
                ? Templates.unavailable(LANGUAGE.getLanguage(), "No report: the invitation closed unanswered",
                        "The candidate did not answer before the invitation was cancelled or expired, so there is nothing to report.",
                        style).render()
                : Templates.unavailable(LANGUAGE.getLanguage(), "No report yet",
                        "The candidate has not answered yet. This link will show the report once they have; it stays the same.",
                        style).render();
    }

    /** The rubric version's model card in brief, so the reader knows how far to trust the rating; null without a rubric. */
    private ToolCard toolCard(ScoringResult.RubricRef rubric) {
        if (rubric == null) {
            return null;
        }
        ModelCard card = modelCards.card(rubric.key(), rubric.version());
        List<String> agreement = card.agreement().stream().filter(row -> "all".equals(row.dimension()) && row.qwk() != null)
                .map(row -> String.format(LANGUAGE, "%.3f on %d answers (%s)", row.qwk(), row.count(), row.set().replace('_', ' ')))
                .toList();
        return new ToolCard(card.rubricKey() + " v" + card.version(),
                "/api/v1/rubrics/" + card.rubricKey() + "/versions/" + card.version() + "/model-card", card.measured(),
                card.intendedUse(), agreement, card.limitations());
    }

    // ---------------------------------------------------------------- the model the template reads

    /** What the model card of the rubric version says, in brief: the full card is in the API. */
    public record ToolCard(String rubric, String modelCardPath, boolean measured, String intendedUse, List<String> agreement, List<String> limitations) {
    }

    public record Report(String lang, String candidateName, String role, String question, String assessedAt, String rating,
                         String recommendation, String score, boolean awaitingReview, boolean needsHumanReview, List<String> reviewReasons, String summary,
                         List<ScaleStep> scale, int currentRating, ReviewState review, List<Criterion> criteria, String chartDescription,
                         int chartHeight, List<Segment> answer, List<Discounted> discounted, List<AppliedRule> rules,
                         List<String> flags, List<String> followUps, List<DeclaredChannel> declared, List<DetectedChannel> detected) {
    }

    public record ScaleStep(int rating, String label, String scoreBand, boolean current) {
    }

    /** Who reviewed, when and why; null reviewer means the engine's result stands. */
    public record ReviewState(boolean reviewed, String reviewer, String reviewedAt, String reason, String engineRating,
                              String engineRecommendation) {
    }

    /** A criterion's final level, the engine's when a reviewer changed it, and the bar drawn for it. */
    public record Criterion(String name, int level, int min, int max, String engineLevel, String rationale, String reviewReason,
                            int textY, int barY, int barWidth) {
    }

    /** A stretch of the answer; marked stretches are evidence, labelled by the criteria they back. */
    public record Segment(String text, boolean marked, String labels) {
    }

    public record Discounted(String text, String reason) {
    }

    public record AppliedRule(String description, String effect) {
    }

    public record DeclaredChannel(String platform, String where, String role, String frequency) {
    }

    public record DetectedChannel(String platform, String where, String engagement, boolean current) {
    }

    // ---------------------------------------------------------------- building it

    private static Report report(AssessmentViews.View a, AssessmentViews.ReviewView latest, CandidateView candidate,
            Function<String, String> title) {
        ScoringResult engine = a.engineResult();
        // Pending review: nothing is final yet, so the page shows the engine's values and says they do not count.
        boolean awaitingReview = a.status() == AssessmentStatus.PENDING_REVIEW;
        AssessmentViews.FinalResult fin = awaitingReview ? AssessmentViews.FinalResult.ofEngine(engine) : a.finalResult();
        Map<String, ScoringResult.CriterionResult> engineLevels = new HashMap<>();
        engine.criteria().forEach(c -> engineLevels.put(c.criterion(), c));
        List<Criterion> criteria = new ArrayList<>();
        for (AssessmentViews.CriterionLevel level : fin.criteria()) {
            ScoringResult.CriterionResult scored = engineLevels.get(level.criterion());
            int span = Math.max(1, level.max() - level.min());
            criteria.add(new Criterion(title.apply(level.criterion()), level.level(), level.min(), level.max(),
                    scored == null || scored.level() == level.level() ? null : String.valueOf(scored.level()),
                    scored == null ? "" : scored.rationale(), level.reason(), 22 + criteria.size() * 28, 10 + criteria.size() * 28,
                    BAR * (level.level() - level.min()) / span));
        }
        String chartDescription = criteria.isEmpty() ? "No criterion levels: the engine did not rate this answer."
                : String.join("; ", criteria.stream().map(c -> c.name() + " " + c.level() + " of " + c.max()).toList()) + ".";
        Integer rating = fin.rating();
        String role = engine.role() == null ? a.roleTitle() : engine.role().title();
        ReviewState review = latest == null
                ? new ReviewState(false, null, null, null, null, null)
                : new ReviewState(true, latest.reviewer(), WHEN.format(latest.createdAt()), latest.reason(),
                        engine.rating() == null ? "not rated" : engine.rating() + " (" + RatingScale.label(engine.rating()) + ")",
                        recommendation(engine.recommendation()));
        List<ScaleStep> scale = new ArrayList<>();
        for (int r = 1; r <= 5; r++) {
            scale.add(new ScaleStep(r, RatingScale.label(r), band(r), rating != null && rating == r));
        }
        List<Discounted> discounted = engine.claims().stream().filter(c -> !c.credited())
                .map(c -> new Discounted(c.text(), c.reason() == null ? "not counted" : c.reason())).toList();
        Map<String, String> platformNames = new HashMap<>();
        candidate.channels().forEach(c -> platformNames.put(c.platform(), c.platformName()));
        return new Report(LANGUAGE.getLanguage(), candidate.fullName(), role == null ? "" : role, a.question(),
                WHEN.format(a.createdAt()),
                rating == null ? "Not rated" : rating + " of 5 (" + RatingScale.label(rating) + ")",
                recommendation(fin.recommendation()),
                fin.score() == null ? "None" : fin.score() + " of 100",
                awaitingReview, engine.needsHumanReview(), engine.reviewReasons().stream().map(ReportPage::humanize).toList(), engine.summary(),
                scale, rating == null ? 0 : rating, review, criteria, chartDescription, 16 + criteria.size() * 28,
                segments(a.answer(), engine.criteria(), title), discounted,
                engine.appliedRules().stream().map(r -> new AppliedRule(r.description(), r.effect())).toList(),
                engine.flags().stream().map(ReportPage::humanize).toList(), engine.followUpQuestions(),
                candidate.channels().stream().map(ReportPage::declared).toList(),
                engine.channels().stream().map(c -> new DetectedChannel(
                        c.platform() == null ? "Elsewhere" : platformNames.getOrDefault(c.platform(), humanize(c.platform())),
                        c.community() != null ? c.community() : c.handle() != null ? c.handle() : "",
                        c.engagement(), c.current())).toList());
    }

    /**
     * Cuts the answer at every evidence boundary, so overlapping spans of several criteria need no nesting:
     * each stretch carries the set of criteria whose evidence covers it, and neighbours with the same set are joined.
     * Spans that do not fit the answer are left out rather than trusted.
     */
    static List<Segment> segments(String answer, List<ScoringResult.CriterionResult> criteria, Function<String, String> title) {
        record Span(int start, int end, String criterion) {
        }
        List<Span> spans = new ArrayList<>();
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, answer.length()));
        for (ScoringResult.CriterionResult c : criteria) {
            for (ScoringResult.Evidence e : c.evidence()) {
                if (e.start() >= 0 && e.start() < e.end() && e.end() <= answer.length()) {
                    spans.add(new Span(e.start(), e.end(), title.apply(c.criterion())));
                    cuts.add(e.start());
                    cuts.add(e.end());
                }
            }
        }
        List<Segment> out = new ArrayList<>();
        Integer from = null;
        Set<String> current = null;
        for (int cut : cuts) {
            if (from != null && cut > from) {
                Set<String> covering = new LinkedHashSet<>();
                for (Span s : spans) {
                    if (s.start() <= from && s.end() >= cut) {
                        covering.add(s.criterion());
                    }
                }
                if (!out.isEmpty() && covering.equals(current)) {
                    Segment last = out.remove(out.size() - 1);
                    out.add(new Segment(last.text() + answer.substring(from, cut), last.marked(), last.labels()));
                } else {
                    out.add(new Segment(answer.substring(from, cut), !covering.isEmpty(), String.join("; ", covering)));
                }
                current = covering;
            }
            from = cut;
        }
        return out;
    }

    private static DeclaredChannel declared(ChannelView c) {
        String where = c.communityName() != null ? c.communityName() : c.handle() != null ? c.handle() : "";
        return new DeclaredChannel(c.platformName(), where, c.role() == null ? "" : humanize(c.role().json()),
                c.frequency() == null ? "" : humanize(c.frequency().json()));
    }

    /** The 0..100 score that goes with a rating: the expected rating on the same scale, 25 points a step. */
    private static String band(int rating) {
        int low = rating == 1 ? 0 : 25 * (rating - 1) - 12;
        int high = rating == 5 ? 100 : 25 * (rating - 1) + 12;
        return low + "–" + high;
    }

    private static String recommendation(Recommendation r) {
        return r == null ? "None" : humanize(r.jsonValue());
    }

    /** "two_way_interaction" → "Two way interaction". */
    static String humanize(String key) {
        if (key == null || key.isBlank()) {
            return "";
        }
        String words = key.replace('_', ' ').replace('-', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static String stylesheet() {
        try (InputStream in = ReportPage.class.getResourceAsStream("report.css")) {
            if (in == null) {
                throw new IllegalStateException("report.css is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read report.css", e);
        }
    }

}
