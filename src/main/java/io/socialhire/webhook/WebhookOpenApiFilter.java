package io.socialhire.webhook;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import io.socialhire.common.MergePatchSchemas;
import io.socialhire.common.MergePatchSchemas.Derived;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;

/** The merge patch body of webhook endpoints, derived from their input schema. */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD, priority = 10)
public class WebhookOpenApiFilter implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        MergePatchSchemas.derive(openAPI, new Derived("WebhookEndpointPatch", "WebhookEndpointInput", Set.of(),
                "A JSON Merge Patch of a webhook endpoint: url, description, eventTypes (null: every type) and enabled."));
    }
}
