package io.socialhire.fairness;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.socialhire.audit.AuditLog;
import io.socialhire.common.ApiException;
import io.socialhire.common.Cursor;
import io.socialhire.common.Page;
import io.socialhire.common.ProblemType;
import io.socialhire.common.PublicUrls;
import io.socialhire.event.DomainEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * Published audit summaries: an impact report computed and frozen with its scope, listed for auditors, and the latest
 * shown on the public page with aggregates only (no category under the 2% rule, no count under 5).
 */
@ApplicationScoped
@Transactional
public class FairnessSummaryService {

    /** Counts under this are never shown on the public page, nor anything computed from them. */
    static final int MINIMUM_COUNT = 5;
    static final String PUBLIC_PATH = "/fairness/summary";

    private final FairnessSummaryRepository summaries;
    private final ImpactReportService reports;
    private final ObjectMapper mapper;
    private final AuditLog audit;
    private final Event<DomainEvent> events;
    private final PublicUrls urls;

    public FairnessSummaryService(FairnessSummaryRepository summaries, ImpactReportService reports, ObjectMapper mapper, AuditLog audit, Event<DomainEvent> events,
            PublicUrls urls) {
        this.summaries = summaries;
        this.reports = reports;
        this.mapper = mapper;
        this.audit = audit;
        this.events = events;
        this.urls = urls;
    }

    /** Computes the report for the scope and publishes it; 422 when no candidate was assessed in it. */
    public FairnessSummaryViews.View publish(FairnessSummaryViews.Input input) {
        ImpactReport report = reports.report(input.rubricKey(), input.rubricVersion(), input.roleId(), input.from(), input.to());
        if (report.assessedCandidates() == 0) {
            throw new ApiException(ProblemType.UNPROCESSABLE, "No candidate was assessed with rubric " + report.rubricKey()
                    + " between " + report.from() + " and " + report.to() + "; there is nothing to publish.");
        }
        FairnessSummary s = new FairnessSummary();
        s.id = UUID.randomUUID();
        s.publishedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        s.publishedByKeyId = audit.currentKeyId();
        s.windowFrom = report.from();
        s.windowTo = report.to();
        s.rubricKey = report.rubricKey();
        s.rubricVersions = report.rubricVersions();
        s.roleId = report.roleId();
        s.distributionDate = input.distributionDate();
        s.dataSource = input.dataSource().strip();
        try {
            s.report = mapper.writeValueAsString(report);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an impact report could not be written as JSON", e);
        }
        summaries.persist(s);
        events.fire(new FairnessEvents.SummaryPublished(s.id));
        return view(s);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<FairnessSummaryViews.View> list(int limit, Cursor after) {
        return summaries.page(after, limit).map(this::view);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public FairnessSummaryViews.View get(UUID id) {
        FairnessSummary s = summaries.findById(id);
        if (s == null) {
            throw ApiException.notFound("Fairness summary", id);
        }
        return view(s);
    }

    /** The latest published summary as the public page shows it. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<FairnessSummaryViews.Public> latestPublic() {
        return summaries.latest().map(s -> publicView(s, report(s)));
    }

    static FairnessSummaryViews.Public publicView(FairnessSummary s, ImpactReport report) {
        List<FairnessSummaryViews.Dimension> dimensions = List.of(
                dimension("sex", "By sex", report.sex(), report, ImpactReport.Group::category),
                dimension("race_ethnicity", "By race/ethnicity", report.raceEthnicity(), report, ImpactReport.Group::category),
                dimension("intersectional", "By sex and race/ethnicity", report.intersectional(), report,
                        g -> g.sex() + " × " + g.raceEthnicity()));
        return new FairnessSummaryViews.Public(s.publishedAt, s.distributionDate, s.dataSource, report.from(), report.to(), report.rubricKey(),
                report.rubricVersions(), report.assessedCandidates(), report.minimumShareForRatios(), MINIMUM_COUNT, dimensions,
                report.method());
    }

    /** Leaves out categories under the minimum share, and suppresses every figure of a category under the minimum count. */
    private static FairnessSummaryViews.Dimension dimension(String name, String title, List<ImpactReport.Group> groups, ImpactReport report,
            Function<ImpactReport.Group, String> label) {
        List<FairnessSummaryViews.Group> shown = new ArrayList<>();
        int leftOut = 0;
        int leftOutCandidates = 0;
        for (ImpactReport.Group g : groups) {
            if (g.share() < report.minimumShareForRatios()) {
                leftOut++;
                leftOutCandidates += g.count();
            } else if (g.count() < MINIMUM_COUNT) {
                shown.add(new FairnessSummaryViews.Group(label.apply(g), null, null, null, null, null, g.compared(), true));
            } else {
                shown.add(new FairnessSummaryViews.Group(label.apply(g), g.count(), g.scoringRate(), g.scoringImpactRatio(),
                        g.selectionRate(), g.selectionImpactRatio(), g.compared(), false));
            }
        }
        return new FairnessSummaryViews.Dimension(name, title, shown, leftOut,
                leftOutCandidates >= MINIMUM_COUNT ? leftOutCandidates : null);
    }

    private ImpactReport report(FairnessSummary s) {
        try {
            return mapper.readValue(s.report, ImpactReport.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored impact report " + s.id + " is unreadable", e);
        }
    }

    private FairnessSummaryViews.View view(FairnessSummary s) {
        return new FairnessSummaryViews.View(s.id, s.publishedAt, s.publishedByKeyId, s.windowFrom, s.windowTo, s.rubricKey, s.rubricVersions,
                s.roleId, s.distributionDate, s.dataSource, report(s), urls.at(PUBLIC_PATH).toString());
    }
}
