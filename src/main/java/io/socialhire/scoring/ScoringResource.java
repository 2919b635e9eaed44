package io.socialhire.scoring;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.socialhire.common.ApiException;
import io.socialhire.common.ExceptionMappers;
import io.socialhire.common.Problem;
import io.socialhire.common.ProblemType;
import io.socialhire.engine.ScoringResult;
import io.socialhire.idempotency.Idempotent;
import io.socialhire.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/scorings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Scorings", description = "Score answers to \"Where do you participate in social media?\" without storing anything")
public class ScoringResource {

    static final int MAX_BATCH = 1000;

    private final ScoringService service;
    private final ObjectMapper mapper;
    private final Validator validator;
    private final ExceptionMappers problems;

    public ScoringResource(ScoringService service, ObjectMapper mapper, Validator validator, ExceptionMappers problems) {
        this.service = service;
        this.mapper = mapper;
        this.validator = validator;
        this.problems = problems;
    }

    @POST
    @Idempotent
    @Operation(operationId = "scoreAnswer", summary = "Score one answer",
            description = "Scores the answer with the role's rubric (or the one named) and returns the rating 1..5, score 0..100, "
                    + "recommendation, per-criterion levels 0..4 with evidence spans (UTF-16 offsets into the answer), detected channels, "
                    + "flags, follow-up questions and whether a human should review it. Nothing is stored; the same input and rubric "
                    + "version always give the same result. Roles: recruiter, hiring_manager, admin.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ScoringInput.class),
            examples = @ExampleObject(name = "community manager answer", value = ScoringExamples.REQUEST)))
    @APIResponse(responseCode = "200", description = "The result",
            content = @Content(schema = @Schema(implementation = ScoringResult.class),
                    examples = @ExampleObject(name = "strong answer", value = ScoringExamples.RESULT)))
    @RolesAllowed({Roles.RECRUITER, Roles.HIRING_MANAGER, Roles.ADMIN})
    public ScoringResult score(@Valid @NotNull ScoringInput input) {
        return service.score(input);
    }

    @POST
    @Idempotent
    @Path("/batch")
    @Operation(operationId = "scoreAnswers", summary = "Score up to 1000 answers",
            description = "Scores each item like POST /scorings. Results come back in order, one per item: a result, or the problem "
                    + "that item would have had on its own, so one bad item never fails the batch. Roles: recruiter, hiring_manager, admin.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = BatchInput.class),
            examples = @ExampleObject(name = "three items", value = ScoringExamples.BATCH_REQUEST)))
    @APIResponse(responseCode = "200", description = "One entry per item, in order",
            content = @Content(schema = @Schema(implementation = BatchResult.class),
                    examples = @ExampleObject(name = "mixed", value = ScoringExamples.BATCH_RESULT)))
    @RolesAllowed({Roles.RECRUITER, Roles.HIRING_MANAGER, Roles.ADMIN})
    public BatchResult scoreBatch(@Valid @NotNull BatchRequest request) {
        List<BatchItem> results = new ArrayList<>(request.items().size());
        for (int i = 0; i < request.items().size(); i++) {
            results.add(scoreItem(i, request.items().get(i)));
        }
        return new BatchResult(results);
    }

    private BatchItem scoreItem(int index, JsonNode item) {
        try {
            if (item == null || !item.isObject()) {
                throw new ApiException(ProblemType.MALFORMED_REQUEST, "Each item must be a JSON object.");
            }
            ScoringInput input = mapper.treeToValue(item, ScoringInput.class);
            Set<ConstraintViolation<ScoringInput>> violations = validator.validate(input);
            if (!violations.isEmpty()) {
                throw new ConstraintViolationException(violations);
            }
            return new BatchItem(index, 200, service.score(input), null);
        } catch (Exception e) {
            Response response = problems.clientError(e, null, null);
            if (response == null) {
                throw e instanceof RuntimeException r ? r : new IllegalStateException(e);
            }
            Problem problem = (Problem) response.getEntity();
            return new BatchItem(index, problem.status(), null, problem);
        }
    }

    /** The batch body as received: items are read one by one so each gets its own problem. */
    public record BatchRequest(@NotNull @Size(min = 1, max = MAX_BATCH) List<JsonNode> items) {
    }

    @Schema(name = "BatchScoringInput", description = "Up to 1000 answers to score")
    public record BatchInput(@Schema(required = true, maxItems = MAX_BATCH, minItems = 1,
            description = "Answers to score, each a ScoringInput. An item that is not valid is answered with its own problem (status 400) "
                    + "in its place in results; the others are still scored.") List<ScoringInput> items) {
    }

    @Schema(name = "BatchScoringResult", description = "One entry per item, in the order of the request")
    public record BatchResult(List<BatchItem> results) {
    }

    @Schema(name = "BatchScoringItem", description = "The result of one item, or its problem")
    public record BatchItem(
            @Schema(description = "Position of the item in the request, from 0") int index,
            @Schema(description = "The status this item would have had alone: 200, or a 4xx") int status,
            ScoringResult result,
            Problem problem) {
    }
}
