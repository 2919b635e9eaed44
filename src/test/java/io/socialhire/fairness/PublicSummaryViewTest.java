package io.socialhire.fairness;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the public page may show of a report: no category under 2% of the assessed, no count under 5. */
class PublicSummaryViewTest {

    private static ImpactReport.Group group(String category, int count, int total, boolean compared) {
        return new ImpactReport.Group(category, null, null, count, (double) count / total, 0.5, compared ? 1.0 : null, 0.3,
                compared ? 0.9 : null, 60.0, 0.0, false, null, compared);
    }

    @Test
    void categoriesUnderTheMinimumShareAreLeftOutAndSmallCountsSuppressed() {
        int total = 400;
        ImpactReport report = new ImpactReport(Instant.parse("2026-12-03T00:00:00Z"), Instant.parse("2025-12-03T00:00:00Z"),
                Instant.parse("2026-12-03T00:00:00Z"), "participation", List.of(2), null, total, 60.0, 0.02,
                List.of(group("female", 200, total, true), group("male", 190, total, true), group("other", 4, total, false),
                        group("declined", 6, total, false)),
                List.of(group("asian", 392, total, true), group("white", 3, total, false), group("hispanic_or_latino", 3, total, false),
                        group("not_given", 2, total, false)),
                List.of(), "method");
        FairnessSummary s = new FairnessSummary();
        s.publishedAt = Instant.parse("2026-12-03T12:00:00Z");
        s.distributionDate = LocalDate.parse("2026-01-15");
        s.dataSource = "test";
        FairnessSummaryViews.Public shown = FairnessSummaryService.publicView(s, report);

        FairnessSummaryViews.Dimension sex = shown.dimensions().get(0);
        assertThat(sex.groups()).extracting(FairnessSummaryViews.Group::category).containsExactly("female", "male");
        assertThat(sex.categoriesLeftOut()).isEqualTo(2); // other 1%, declined 1.5%
        assertThat(sex.candidatesLeftOut()).isEqualTo(10);
        FairnessSummaryViews.Dimension race = shown.dimensions().get(1);
        assertThat(race.groups()).extracting(FairnessSummaryViews.Group::category).containsExactly("asian");
        assertThat(race.categoriesLeftOut()).isEqualTo(3);
        assertThat(race.candidatesLeftOut()).as("8 candidates left out: a count of 5 or more may be told").isEqualTo(8);

        ImpactReport small = new ImpactReport(report.computedAt(), report.from(), report.to(), "participation", List.of(2), null, 20, 60.0,
                0.02, List.of(group("female", 16, 20, true), group("male", 4, 20, true)), List.of(), List.of(), "method");
        FairnessSummaryViews.Dimension few = FairnessSummaryService.publicView(s, small).dimensions().get(0);
        assertThat(few.groups().get(1).suppressed()).isTrue();
        assertThat(few.groups().get(1).count()).isNull();
        assertThat(few.groups().get(1).selectionImpactRatio()).isNull();
        assertThat(few.groups().get(0).count()).isEqualTo(16);
    }
}
