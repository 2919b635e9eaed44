package io.socialhire.fairness;

import io.socialhire.common.ApiException;
import io.socialhire.common.Text;
import io.socialhire.role.RoleService;
import io.socialhire.rubric.RubricRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Computes adverse-impact reports: PostgreSQL counts the groups ({@link SelfIdentificationRepository#impactCounts}); the
 * JVM only turns the counts into rates, ratios and tests.
 */
@ApplicationScoped
public class ImpactReportService {

    /** LL144 lets categories under 2% of the assessed be left out of impact ratios, saying so. */
    static final double MINIMUM_SHARE = 0.02;
    static final double FOUR_FIFTHS = 0.8;
    private static final Set<String> NOT_COMPARED = Set.of("not_given", "declined");
    static final String METHOD = "Each candidate counts once, by their latest assessment in the window. Final results: the latest"
            + " review's recommendation where one exists, else the engine's; the score is the engine's. Scoring rate: share scoring"
            + " above the median score of all assessed candidates in the window. Selection rate: share recommended yes or strong_yes."
            + " Impact ratio: a group's rate / the highest rate among compared groups (not_given, declined and groups under the"
            + " minimum share are listed but not compared). Four-fifths: an impact ratio under 0.8. The p-value is Fisher's exact"
            + " test (two-sided) of the group's selections against the highest-selecting group's; the standardized mean difference"
            + " uses the pooled standard deviation of the two groups' scores.";

    private final SelfIdentificationRepository records;
    private final RubricRegistry rubrics;
    private final RoleService roles;

    public ImpactReportService(SelfIdentificationRepository records, RubricRegistry rubrics, RoleService roles) {
        this.records = records;
        this.rubrics = rubrics;
        this.roles = roles;
    }

    /**
     * The report for a scope as a client sends it (query parameters or a summary's body, same names): the window
     * defaults to the 365 days before to (default now), the rubric to participation; each bad value is a 400 naming it.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ImpactReport report(String rubricKey, Integer rubricVersion, String roleId, String from, String to) {
        // Microseconds, as PostgreSQL keeps them, so a stored window reads back as it was computed.
        Instant end = (to == null ? Instant.now() : instant("to", to)).truncatedTo(ChronoUnit.MICROS);
        Instant start = (from == null ? end.minus(Duration.ofDays(365)) : instant("from", from)).truncatedTo(ChronoUnit.MICROS);
        String key = rubricKey == null || rubricKey.isBlank() ? RubricRegistry.DEFAULT_KEY : rubricKey.strip();
        if (!rubrics.exists(key)) {
            throw ApiException.invalid("rubricKey", "no rubric '" + Text.abbreviate(key) + "'; GET /api/v1/rubrics lists them");
        }
        if (rubricVersion != null && (rubricVersion < 1 || rubricVersion > rubrics.latestVersion(key))) {
            throw ApiException.invalid("rubricVersion", "rubric " + key + " has versions 1 to " + rubrics.latestVersion(key));
        }
        String role = roleId == null || roleId.isBlank() ? null : roles.byId(roleId.strip()).profile().id(); // 400 naming roleId
        return report(key, rubricVersion, role, start, end);
    }

    private static Instant instant(String name, String value) {
        try {
            return Instant.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ApiException.invalid(name, "must be an RFC 3339 time in UTC, such as 2026-12-03T00:00:00Z");
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ImpactReport report(String rubricKey, Integer rubricVersion, String roleId, Instant from, Instant to) {
        if (!from.isBefore(to)) {
            throw ApiException.invalid("from", "must be before to");
        }
        List<Object[]> rows = records.impactCounts(rubricKey, rubricVersion, roleId, from, to);
        int total = 0;
        Double median = null;
        List<Integer> versions = List.of();
        List<Counts> bySex = new ArrayList<>();
        List<Counts> byRace = new ArrayList<>();
        List<Counts> both = new ArrayList<>();
        for (Object[] r : rows) {
            boolean groupedSex = ((Number) r[0]).intValue() == 1;
            boolean groupedRace = ((Number) r[1]).intValue() == 1;
            Counts c = new Counts((String) r[2], (String) r[3], ((Number) r[4]).intValue(), ((Number) r[5]).intValue(),
                    ((Number) r[6]).intValue(), r[7] == null ? null : ((Number) r[7]).doubleValue(), ((Number) r[8]).doubleValue(),
                    ((Number) r[9]).intValue());
            if (groupedSex && groupedRace) {
                total = c.n();
                median = r[10] == null ? null : ((Number) r[10]).doubleValue();
                versions = versions(r[11]);
            } else if (groupedRace) {
                bySex.add(c);
            } else if (groupedSex) {
                byRace.add(c);
            } else {
                both.add(c);
            }
        }
        int assessed = total;
        return new ImpactReport(Instant.now().truncatedTo(ChronoUnit.SECONDS), from, to, rubricKey, versions, roleId, assessed, median,
                MINIMUM_SHARE, groups(bySex, assessed, Counts::sex), groups(byRace, assessed, Counts::race),
                groups(both, assessed, c -> c.sex() + " × " + c.race()), METHOD);
    }

    private record Counts(String sex, String race, int n, int above, int selected, Double mean, double variance, int scored) {
    }

    private static List<ImpactReport.Group> groups(List<Counts> counts, int assessed, java.util.function.Function<Counts, String> name) {
        List<Counts> compared = counts.stream().filter(c -> compared(c, assessed)).toList();
        double topScoring = compared.stream().mapToDouble(c -> rate(c.above(), c.n())).max().orElse(0);
        Counts topSelecting = compared.stream().max(Comparator.comparingDouble((Counts c) -> rate(c.selected(), c.n()))
                .thenComparing(Counts::n)).orElse(null);
        Counts topMean = compared.stream().filter(c -> c.mean() != null).max(Comparator.comparingDouble(Counts::mean)).orElse(null);
        List<ImpactReport.Group> groups = new ArrayList<>();
        for (Counts c : counts.stream().sorted(Comparator.comparing(name)).toList()) {
            boolean isCompared = compared.contains(c);
            Double scoringRatio = isCompared && topScoring > 0 ? rate(c.above(), c.n()) / topScoring : null;
            double topSelection = topSelecting == null ? 0 : rate(topSelecting.selected(), topSelecting.n());
            Double selectionRatio = isCompared && topSelection > 0 ? rate(c.selected(), c.n()) / topSelection : null;
            Double smd = isCompared && topMean != null && c.mean() != null ? smd(c, topMean) : null;
            Double p = isCompared && topSelecting != null && c != topSelecting
                    ? FisherExactTest.twoSided(c.selected(), c.n() - c.selected(), topSelecting.selected(),
                            topSelecting.n() - topSelecting.selected())
                    : null;
            Boolean below = isCompared ? (scoringRatio != null && scoringRatio < FOUR_FIFTHS)
                    || (selectionRatio != null && selectionRatio < FOUR_FIFTHS) : null;
            boolean intersectional = c.sex() != null && c.race() != null;
            groups.add(new ImpactReport.Group(name.apply(c), intersectional ? c.sex() : null, intersectional ? c.race() : null, c.n(),
                    round(rate(c.n(), assessed)), round(rate(c.above(), c.n())), round(scoringRatio), round(rate(c.selected(), c.n())),
                    round(selectionRatio), round(c.mean()), round(smd), below, round(p), isCompared));
        }
        return groups;
    }

    private static boolean compared(Counts c, int assessed) {
        return !NOT_COMPARED.contains(c.sex() == null ? "" : c.sex()) && !NOT_COMPARED.contains(c.race() == null ? "" : c.race())
                && rate(c.n(), assessed) >= MINIMUM_SHARE;
    }

    private static Double smd(Counts c, Counts top) {
        if (c == top) {
            return 0.0;
        }
        int df = c.scored() + top.scored() - 2;
        if (df <= 0) {
            return null;
        }
        double pooled = Math.sqrt(((c.scored() - 1) * c.variance() + (top.scored() - 1) * top.variance()) / df);
        return pooled == 0 ? null : (c.mean() - top.mean()) / pooled;
    }

    private static double rate(int part, int whole) {
        return whole == 0 ? 0 : part / (double) whole;
    }

    private static Double round(Double value) {
        return value == null ? null : Math.round(value * 10_000) / 10_000.0;
    }

    private static List<Integer> versions(Object array) {
        if (array instanceof Object[] values) {
            return java.util.Arrays.stream(values).map(v -> ((Number) v).intValue()).toList();
        }
        if (array instanceof java.sql.Array sql) {
            try {
                return versions(sql.getArray());
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException("reading the rubric versions", e);
            }
        }
        return List.of();
    }
}
