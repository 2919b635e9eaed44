package io.socialhire.fairness;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.socialhire.common.ApiException;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The public audit summary: the latest published one, for anyone (no API key), as HTML by default or as JSON when the
 * client asks for it first. A web page, not an API operation, so it stays out of the OpenAPI document.
 */
@Path(FairnessSummaryService.PUBLIC_PATH)
@PermitAll
public class PublicSummaryResource {

    /** The chart's geometry: a label column, then a bar area where 1.0 fills the width. */
    static final int LABEL_WIDTH = 230;
    static final int BAR_AREA = 300;
    static final int ROW_HEIGHT = 40;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance summary(FairnessSummaryViews.Public summary, String minimumShare, List<Section> sections);

        static native TemplateInstance none();
    }

    /** One dimension as the page shows it: the table's rows and the chart of the compared groups. */
    record Section(String id, String title, List<Row> rows, String leftOut, List<Bar> bars, int chartHeight, int lineX) {
        public int width() {
            return LABEL_WIDTH + BAR_AREA + 130;
        }

        public int lineBottom() {
            return chartHeight - 16;
        }

        public int lineLabelX() {
            return lineX - 10;
        }

        public int lineLabelY() {
            return chartHeight - 2;
        }
    }

    record Row(String category, String count, String scoringRate, String scoringImpactRatio, String selectionRate,
            String selectionImpactRatio, String note) {
    }

    record Bar(String label, String measure, int y, int width, String value, boolean belowFourFifths) {
        public int x() {
            return LABEL_WIDTH;
        }

        public int textY() {
            return y + 12;
        }

        public int valueX() {
            return LABEL_WIDTH + width + 6;
        }
    }

    private final FairnessSummaryService service;

    public PublicSummaryResource(FairnessSummaryService service) {
        this.service = service;
    }

    @GET
    @Produces({MediaType.TEXT_HTML, MediaType.APPLICATION_JSON})
    @Operation(hidden = true)
    public Response get(@Context HttpHeaders headers) {
        boolean json = headers.getAcceptableMediaTypes().stream().findFirst()
                .map(m -> m.isCompatible(MediaType.APPLICATION_JSON_TYPE) && !m.isWildcardType()).orElse(false);
        Optional<FairnessSummaryViews.Public> latest = service.latestPublic();
        if (json) {
            return Response.ok(latest.orElseThrow(() -> new ApiException(io.socialhire.common.ProblemType.NOT_FOUND,
                    "No audit summary has been published yet.")), MediaType.APPLICATION_JSON).build();
        }
        String html = latest.map(s -> Templates.summary(s, percent(s.minimumShare()), sections(s)).render()).orElseGet(() -> Templates.none().render());
        return Response.status(latest.isPresent() ? 200 : 404).entity(html).type(MediaType.TEXT_HTML_TYPE.withCharset("utf-8")).build();
    }

    static List<Section> sections(FairnessSummaryViews.Public summary) {
        List<Section> sections = new ArrayList<>();
        for (FairnessSummaryViews.Dimension d : summary.dimensions()) {
            List<Row> rows = new ArrayList<>();
            List<Bar> bars = new ArrayList<>();
            for (FairnessSummaryViews.Group g : d.groups()) {
                if (g.suppressed()) {
                    rows.add(new Row(g.category(), "fewer than " + summary.minimumCount(), "", "", "", "",
                            "suppressed: fewer than " + summary.minimumCount() + " candidates"));
                    continue;
                }
                rows.add(new Row(g.category(), String.valueOf(g.count()), percent(g.scoringRate()), ratio(g.scoringImpactRatio()),
                        percent(g.selectionRate()), ratio(g.selectionImpactRatio()), g.compared() ? "" : "not compared"));
                // A ratio is absent when the highest rate is 0: nothing to draw.
                if (g.compared() && g.scoringImpactRatio() != null) {
                    bars.add(bar(g.category(), "scoring", bars.size(), g.scoringImpactRatio()));
                }
                if (g.compared() && g.selectionImpactRatio() != null) {
                    bars.add(bar(g.category(), "selection", bars.size(), g.selectionImpactRatio()));
                }
            }
            String leftOut = d.categoriesLeftOut() == 0 ? "" : d.categoriesLeftOut() + (d.categoriesLeftOut() == 1 ? " category" : " categories")
                    + " under " + Math.round(summary.minimumShare() * 100) + "% of the assessed candidates "
                    + (d.candidatesLeftOut() == null ? "" : "(" + d.candidatesLeftOut() + " candidates) ") + "not shown, as LL144 permits";
            sections.add(new Section(d.name().replace('_', '-'), d.title(), rows, leftOut, bars, bars.size() * ROW_HEIGHT / 2 + 36,
                    LABEL_WIDTH + (int) Math.round(ImpactReportService.FOUR_FIFTHS * BAR_AREA)));
        }
        return sections;
    }

    private static Bar bar(String category, String measure, int index, double ratio) {
        return new Bar(category, measure, 10 + index * ROW_HEIGHT / 2, (int) Math.round(Math.min(1.0, ratio) * BAR_AREA), ratio(ratio),
                ratio < ImpactReportService.FOUR_FIFTHS);
    }

    private static String percent(Double rate) {
        return rate == null ? "" : String.format(Locale.ROOT, "%.1f%%", rate * 100).replace(".0%", "%");
    }

    private static String ratio(Double ratio) {
        return ratio == null ? "" : String.format(Locale.ROOT, "%.2f", ratio);
    }
}
