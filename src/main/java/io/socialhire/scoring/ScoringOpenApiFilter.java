package io.socialhire.scoring;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.List;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * A declared channel is an object or, as a shorthand, just its platform's name ("X/Twitter"):
 * both forms go into the items of ScoringInput.declaredChannels.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class ScoringOpenApiFilter implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null
                || !openAPI.getComponents().getSchemas().containsKey("ScoringInput")) {
            return;
        }
        Schema declared = openAPI.getComponents().getSchemas().get("ScoringInput").getProperties().get("declaredChannels");
        Schema platformOnly = OASFactory.createSchema().addType(Schema.SchemaType.STRING).maxLength(60)
                .description("Just the platform id or name; the same as {\"platform\": ...}").examples(List.of("X/Twitter"));
        declared.setItems(OASFactory.createSchema().oneOf(List.of(platformOnly, declared.getItems())));
    }
}
