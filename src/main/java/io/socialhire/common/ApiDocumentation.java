package io.socialhire.common;

import jakarta.ws.rs.core.Application;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.servers.Server;

/** Document-level OpenAPI information and the problem responses operations refer to. */
@OpenAPIDefinition(
        info = @Info(title = "socialhire API", version = "1.0.0", description = ApiDocumentation.START_HERE),
        servers = @Server(url = "/", description = "The host that serves this document"),
        components = @Components(
                securitySchemes = @SecurityScheme(securitySchemeName = "apiKey", type = SecuritySchemeType.HTTP, scheme = "bearer",
                        bearerFormat = "shk API key",
                        // Swagger UI renders this as Markdown with HTML allowed: <prefix> outside a code span would vanish as a tag.
                        description = "An API key, sent as `Authorization: Bearer shk_<prefix>_<secret>`. Paste the whole key here; "
                                + "Swagger UI adds `Bearer`. Each key has one role (recruiter, hiring_manager, admin or auditor); an operation "
                                + "lists the roles it allows in its description and in x-roles."),
                responses = {
                @APIResponse(name = "BadRequest", description = "Malformed JSON, an unknown property or invalid values",
                        content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                                examples = @ExampleObject(name = "validation", value = ApiDocumentation.BAD_REQUEST))),
                @APIResponse(name = "NotFound", description = "No resource with this id",
                        content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                                examples = @ExampleObject(name = "not found", value = ApiDocumentation.NOT_FOUND))),
                @APIResponse(name = "Conflict", description = "A duplicate: existingId names the resource that already exists",
                        content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                                examples = @ExampleObject(name = "duplicate email", value = ApiDocumentation.CONFLICT))),
                @APIResponse(name = "PreconditionFailed", description = "If-Match does not match the current ETag",
                        content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                                examples = @ExampleObject(name = "stale", value = ApiDocumentation.PRECONDITION_FAILED))),
                @APIResponse(name = "PayloadTooLarge", description = "Request body over 1 MiB",
                        content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                                examples = @ExampleObject(name = "too large", value = ApiDocumentation.TOO_LARGE))),
                @APIResponse(name = "UnsupportedMediaType", description = "Content-Type not accepted here",
                        content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                                examples = @ExampleObject(name = "wrong content type", value = ApiDocumentation.UNSUPPORTED))),
                @APIResponse(name = "Unprocessable", description = "Well-formed but not possible, or an Idempotency-Key already used for "
                        + "a different request",
                        content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                                examples = {@ExampleObject(name = "limit reached", value = ApiDocumentation.UNPROCESSABLE),
                                        @ExampleObject(name = "idempotency key reused", value = ApiDocumentation.KEY_REUSED)})),
                @APIResponse(name = "Unauthorized", description = "No API key, or an unknown, malformed or revoked one",
                        headers = @Header(name = "WWW-Authenticate", schema = @Schema(type = SchemaType.STRING)),
                        content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                                examples = @ExampleObject(name = "no key", value = ApiDocumentation.UNAUTHORIZED))),
                @APIResponse(name = "Forbidden", description = "The key's role may not call this operation",
                        content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                                examples = @ExampleObject(name = "wrong role", value = ApiDocumentation.FORBIDDEN))),
                @APIResponse(name = "TooManyRequests", description = "The key's rate limit is spent, or the client address made too many "
                        + "failed authentications (then every request from it waits, valid keys included); retry after Retry-After seconds",
                        headers = @Header(name = "Retry-After", schema = @Schema(type = SchemaType.INTEGER)),
                        content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                                examples = {@ExampleObject(name = "rate limited", value = ApiDocumentation.RATE_LIMITED),
                                        @ExampleObject(name = "failed authentication throttled", value = ApiDocumentation.AUTH_THROTTLED)})),
                @APIResponse(name = "ServiceUnavailable", description = "The database is unavailable; retry later",
                        content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                                examples = @ExampleObject(name = "database down", value = ApiDocumentation.UNAVAILABLE)))
        }))
/*
 * An Application subclass is where SmallRye OpenAPI looks for the document-level definition; it
 * declares no path and registers nothing, so every resource stays under its own @Path.
 */
public class ApiDocumentation extends Application {

    /**
     * The landing text of Swagger UI (info.description, Markdown): how to get in, the usual flow
     * with its operations, the scales results use, and where the README says more.
     */
    static final String START_HERE = """
            Hiring-interview toolkit for social-media roles: candidates, the participation channels they declare, \
            and the answers to *"Where do you participate in social media?"*.

            ## Start here

            1. **Get an API key.** In dev mode the service makes an admin key and prints it at startup \
            (`Dev mode: no admin key was configured ...` in the log). Elsewhere the first admin key is the one set in \
            `SOCIALHIRE_SECURITY_BOOTSTRAP_ADMIN_KEY`, and an admin creates the other keys with `createApiKey` \
            (`POST /api/v1/api-keys`). Each key has one role: `recruiter`, `hiring_manager`, `admin` or `auditor`.
            2. **Authorize.** Click **Authorize**, paste the whole key (`shk_...`) and confirm; every "Try it out" then sends it.
            3. **Follow the usual flow:**
               1. create a candidate: `createCandidate` (`POST /api/v1/candidates`);
               2. add the channels they declare: `addChannel` (`POST /api/v1/candidates/{candidateId}/channels`);
               3. score an answer without storing it: `scoreAnswer` (`POST /api/v1/scorings`), \
            or score and keep it: `createAssessment` (`POST /api/v1/candidates/{candidateId}/assessments`);
               4. review the assessment: `createReview` (`POST /api/v1/assessments/{id}/reviews`), \
            which overrides the engine's rating and recommendation.

            ## Reading results

            - **Rating** 1-5: 1 none, 2 thin, 3 some, 4 solid, 5 exemplary; the **score** 0-100 goes with it.
            - **Recommendation**, from rating 1 to 5: `definitely_not`, `no`, `mixed`, `yes`, `strong_yes`.
            - Errors are RFC 9457 `application/problem+json` with a `requestId`; a 403 names the key's role and the roles allowed.
            - Lists page with `limit` and `cursor` and a `Link: <...>; rel="next"` header; filters are optional, leave them empty to list everything.

            The README explains more: *Try it* (the flow with curl), *API keys and roles*, *The API in brief* \
            (who may call what) and *Scoring: the rubric* (how an answer is rated).""";

    /** The order Swagger UI shows the tags in: the everyday tasks first, administration last. */
    static final List<String> TAG_ORDER = List.of(
            "Scorings", "Candidates", "Channels", "Assessments", "Report links", "Assessment packages", "Invitations", "Rubrics", "Roles",
            "Platforms", "Fairness", "Webhooks", "ATS connectors", "Audit", "API keys");

    static final String BAD_REQUEST = """
            {"type": "https://socialhire.io/problems/validation", "title": "Invalid request", "status": 400,
             "detail": "The request has 1 invalid field.", "instance": "/api/v1/candidates",
             "requestId": "6f1c2c1e-5d7a-4c55-9a35-3bb0f3a2f0a1",
             "errors": [{"field": "email", "message": "must be a well-formed email address"}]}""";
    static final String NOT_FOUND = """
            {"type": "https://socialhire.io/problems/not-found", "title": "Resource not found", "status": 404,
             "detail": "Candidate 0b7e7c7a-2f61-4f2a-8a8e-1d2f3c4b5a69 does not exist.",
             "instance": "/api/v1/candidates/0b7e7c7a-2f61-4f2a-8a8e-1d2f3c4b5a69", "requestId": "6f1c2c1e-5d7a-4c55-9a35-3bb0f3a2f0a1"}""";
    static final String CONFLICT = """
            {"type": "https://socialhire.io/problems/conflict", "title": "Conflict", "status": 409,
             "detail": "A candidate with this email already exists.", "instance": "/api/v1/candidates",
             "requestId": "6f1c2c1e-5d7a-4c55-9a35-3bb0f3a2f0a1", "existingId": "0b7e7c7a-2f61-4f2a-8a8e-1d2f3c4b5a69"}""";
    static final String PRECONDITION_FAILED = """
            {"type": "https://socialhire.io/problems/precondition-failed", "title": "Precondition failed", "status": 412,
             "detail": "If-Match does not match the current version (ETag \\"3\\"); fetch the resource again and reapply your change.",
             "instance": "/api/v1/candidates/0b7e7c7a-2f61-4f2a-8a8e-1d2f3c4b5a69", "requestId": "6f1c2c1e-5d7a-4c55-9a35-3bb0f3a2f0a1"}""";
    static final String TOO_LARGE = """
            {"type": "https://socialhire.io/problems/payload-too-large", "title": "Request body too large", "status": 413,
             "detail": "The request body is larger than 1 MiB (1048576 bytes).", "instance": "/api/v1/candidates",
             "requestId": "6f1c2c1e-5d7a-4c55-9a35-3bb0f3a2f0a1"}""";
    static final String UNSUPPORTED = """
            {"type": "https://socialhire.io/problems/unsupported-media-type", "title": "Unsupported media type", "status": 415,
             "detail": "Unsupported Content-Type; send application/json.", "instance": "/api/v1/candidates",
             "requestId": "6f1c2c1e-5d7a-4c55-9a35-3bb0f3a2f0a1"}""";
    static final String UNPROCESSABLE = """
            {"type": "https://socialhire.io/problems/unprocessable", "title": "Unprocessable request", "status": 422,
             "detail": "A candidate can declare at most 50 channels; delete one first.",
             "instance": "/api/v1/candidates/0b7e7c7a-2f61-4f2a-8a8e-1d2f3c4b5a69/channels", "requestId": "6f1c2c1e-5d7a-4c55-9a35-3bb0f3a2f0a1"}""";
    static final String KEY_REUSED = """
            {"type": "https://socialhire.io/problems/idempotency-key-reused", "title": "Idempotency key reused", "status": 422,
             "detail": "Idempotency-Key '7f1d2c3e-4b5a-4f60-8e71-92a3b4c5d6e7' was used within the last 24 hours for a different request. Use a new key for a new request.",
             "instance": "/api/v1/candidates", "requestId": "6f1c2c1e-5d7a-4c55-9a35-3bb0f3a2f0a1"}""";
    static final String UNAUTHORIZED = """
            {"type": "https://socialhire.io/problems/unauthorized", "title": "Authentication required", "status": 401,
             "detail": "Send a valid API key as Authorization: Bearer <key>.", "instance": "/api/v1/candidates",
             "requestId": "6f1c2c1e-5d7a-4c55-9a35-3bb0f3a2f0a1"}""";
    static final String FORBIDDEN = """
            {"type": "https://socialhire.io/problems/forbidden", "title": "Not allowed", "status": 403,
             "detail": "This API key's role (hiring_manager) may not do this; allowed: admin.",
             "instance": "/api/v1/api-keys", "requestId": "6f1c2c1e-5d7a-4c55-9a35-3bb0f3a2f0a1"}""";
    static final String RATE_LIMITED = """
            {"type": "https://socialhire.io/problems/rate-limited", "title": "Too many requests", "status": 429,
             "detail": "This API key made more than 300 requests in a burst; retry in 1 s. The quota refills by 10 requests a second.",
             "instance": "/api/v1/scorings", "requestId": "6f1c2c1e-5d7a-4c55-9a35-3bb0f3a2f0a1"}""";
    static final String AUTH_THROTTLED = """
            {"type": "https://socialhire.io/problems/rate-limited", "title": "Too many requests", "status": 429,
             "detail": "Too many failed authentications from this address: failed authentication is throttled to 20 in 60 s. Retry in 42 s.",
             "instance": "/api/v1/candidates", "requestId": "6f1c2c1e-5d7a-4c55-9a35-3bb0f3a2f0a1"}""";
    static final String UNAVAILABLE = """
            {"type": "https://socialhire.io/problems/service-unavailable", "title": "Service unavailable", "status": 503,
             "detail": "The database is unavailable; retry in a few seconds.", "instance": "/api/v1/candidates",
             "requestId": "6f1c2c1e-5d7a-4c55-9a35-3bb0f3a2f0a1"}""";
}
