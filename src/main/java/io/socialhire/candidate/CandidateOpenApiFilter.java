package io.socialhire.candidate;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import io.socialhire.common.MergePatchSchemas;
import io.socialhire.common.MergePatchSchemas.Derived;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;

/** The merge patch bodies of candidates and channels, derived from their input schemas. */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD, priority = 20)
public class CandidateOpenApiFilter implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        MergePatchSchemas.derive(openAPI,
                new Derived("CandidatePatch", "CandidateInput", Set.of("channels"),
                        "A JSON Merge Patch of a candidate: fields given are set, null removes an optional field, absent fields stay. "
                                + "Channels change through their own endpoints."),
                new Derived("ChannelPatch", "ChannelInput", Set.of(),
                        "A JSON Merge Patch of a channel: fields given are set, null removes an optional field, absent fields stay."));
    }
}
