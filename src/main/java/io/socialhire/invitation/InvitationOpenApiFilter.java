package io.socialhire.invitation;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import io.socialhire.common.MergePatchSchemas;
import io.socialhire.common.MergePatchSchemas.Derived;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;

/** The merge patch body of assessment packages, derived from their input schema. */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD, priority = 10)
public class InvitationOpenApiFilter implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        MergePatchSchemas.derive(openAPI, new Derived("AssessmentPackagePatch", "AssessmentPackageInput",
                Set.of("id", "question", "rubricKey", "roleId"),
                "A JSON Merge Patch of an assessment package: name, description and languages. What it scores (question,"
                        + " rubric, role) cannot change once orders may exist: add a new package and retire this one."));
    }
}
