package io.socialhire.rubric;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** API shapes of rubrics. */
public final class RubricViews {

    private RubricViews() {
    }

    @Schema(name = "RubricSummary", description = "A rubric and its published versions")
    public record Summary(
            @Schema(example = "participation") String key,
            @Schema(description = "Title of the latest version", example = "Where do you participate in social media?") String title,
            @Schema(example = "1") int latestVersion,
            @Schema(example = "[1]") List<Integer> versions) {
    }

    @Schema(name = "RubricVersion", description = "One immutable rubric version with its full definition")
    public record Version(
            @Schema(example = "participation") String key,
            @Schema(example = "1") int version,
            String title,
            @Schema(description = "Shipped with socialhire (true) or published through the API") boolean builtin,
            Instant createdAt,
            @Schema(description = "The rubric definition as published: criteria with anchored levels 0..4 and weights, signals, caps and rules, rating and recommendation tables, follow-up questions",
                    type = SchemaType.OBJECT, implementation = java.util.Map.class, additionalProperties = Schema.True.class)
            JsonNode definition) {
    }

    @Schema(name = "RubricPage", description = "The rubrics")
    public record Page(List<Summary> items, @Schema(description = "Cursor of the next page; absent on the last page") String nextCursor) {
    }
}
