package io.socialhire.role;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import io.socialhire.common.MergePatchSchemas;
import io.socialhire.common.MergePatchSchemas.Derived;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;

/** The merge patch body of role profiles, derived from their input schema. */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD, priority = 10)
public class RoleOpenApiFilter implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        MergePatchSchemas.derive(openAPI, new Derived("RolePatch", "RoleInput", Set.of("id"),
                "A JSON Merge Patch of a role profile: fields given are set, null removes an optional field, absent fields stay. "
                        + "The id cannot change."));
    }
}
