package io.socialhire.fairness;

import io.socialhire.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/rubrics/{key}/versions/{version}/model-card")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Rubrics")
public class ModelCardResource {

    private static final String EXAMPLE = """
            {"rubricKey": "participation", "version": 2, "title": "Where do you participate in social media?", "measured": true,
             "date": "2026-12-03",
             "intendedUse": "Helps recruiters and hiring managers for social-media roles read a candidate's answer ...",
             "outOfScopeUses": ["Deciding on a candidate without a person reviewing the outcome"],
             "reads": ["The answer's text only: sentences and clauses read as claims ..."],
             "ignores": ["Name, email, photo, age, sex, race or ethnicity and any other personal attribute ..."],
             "data": {"corpus": "The project's labelled corpus ...", "corpusByLanguage": {"de": 72, "en": 522, "es": 72, "fr": 72, "pt": 72},
               "fittedOn": {"description": "The corpus's train split of sources t and wa-wg ...", "answers": 427,
                 "byLanguage": {"de": 24, "en": 326, "es": 25, "fr": 25, "pt": 27}},
               "validatedOn": [{"set": "locked_test_split", "description": "The corpus's locked test split ...", "answers": 168,
                 "byLanguage": {"de": 13, "en": 121, "es": 12, "fr": 12, "pt": 10}}]},
             "agreement": [{"set": "locked_test_split", "dimension": "all", "group": "all", "count": 168, "qwk": 0.87,
                 "exactAgreement": 0.774, "severeErrors": 3},
               {"set": "locked_test_split", "dimension": "language", "group": "en", "count": 121, "qwk": 0.903,
                 "exactAgreement": 0.769, "severeErrors": 1}],
             "limitations": ["Agreement with human ratings is below the product's target of QWK 0.92 on every validation set ..."]}""";

    private final ModelCardService service;

    public ModelCardResource(ModelCardService service) {
        this.service = service;
    }

    @GET
    @Operation(operationId = "getModelCard", summary = "Get the model card of a rubric version",
            description = "Intended and out-of-scope uses, what the engine reads and ignores, the data the version was fitted and"
                    + " validated on (sizes, sources, languages), its agreement with human ratings per set, source and language, known"
                    + " limitations and the date they were measured. Roles: recruiter, hiring_manager, admin.")
    @APIResponse(responseCode = "200", description = "The model card", content = @Content(schema = @Schema(implementation = ModelCard.class),
            examples = @ExampleObject(name = "participation v2", value = EXAMPLE)))
    @RolesAllowed({Roles.RECRUITER, Roles.HIRING_MANAGER, Roles.ADMIN})
    public ModelCard get(@Parameter(example = "participation") @PathParam("key") String key,
            @Parameter(example = "2") @PathParam("version") int version) {
        return service.card(key, version);
    }
}
