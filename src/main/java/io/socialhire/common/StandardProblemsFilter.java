package io.socialhire.common;

import io.socialhire.idempotency.IdempotencyDocumentation;
import io.socialhire.webhook.WebhookDocumentation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.models.tags.Tag;

/**
 * Adds the problem responses every operation can produce, so each resource declares only the
 * ones specific to it: 400 for parameters or bodies, 404 for paths with ids, 413 and 415 for
 * bodies, 503 everywhere. Also documents X-Request-Id on every response and moves the roles an
 * operation allows out of its security requirement into {@code x-roles}: an HTTP bearer scheme
 * has no scopes, so the requirement names the scheme alone. Puts the tags in task order. What a
 * feature adds to its own schemas lives in that feature's filter.
 */
public class StandardProblemsFilter implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        IdempotencyDocumentation.addTo(openAPI);
        WebhookDocumentation.addTo(openAPI);
        tagsInTaskOrder(openAPI);
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            Map<PathItem.HttpMethod, Operation> operations = item.getOperations();
            operations.forEach((method, operation) -> {
                boolean hasBody = operation.getRequestBody() != null;
                boolean hasParameters = operation.getParameters() != null && !operation.getParameters().isEmpty();
                if (hasBody || hasParameters) {
                    add(operation, "400", "BadRequest");
                }
                if (path.contains("{")) {
                    add(operation, "404", "NotFound");
                }
                if (hasBody) {
                    add(operation, "413", "PayloadTooLarge");
                    add(operation, "415", "UnsupportedMediaType");
                }
                if (path.startsWith("/api/")) {
                    // Replaces the bare entries generated for @RolesAllowed with the problem responses.
                    replace(operation, "401", "Unauthorized");
                    replace(operation, "403", "Forbidden");
                    add(operation, "429", "TooManyRequests");
                }
                add(operation, "503", "ServiceUnavailable");
                if (method == PathItem.HttpMethod.POST) {
                    IdempotencyDocumentation.addTo(operation);
                    add(operation, "422", "Unprocessable");
                }
                rolesAsExtension(operation);
                if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
                    operation.getResponses().getAPIResponses().values().forEach(StandardProblemsFilter::addRequestId);
                }
            });
        });
    }

    /**
     * The document's tags in {@link ApiDocumentation#TAG_ORDER}, which Swagger UI keeps: the
     * generated list is alphabetical, which put the admin-only API keys first. A tag missing from
     * the order goes last, still alphabetical.
     */
    private static void tagsInTaskOrder(OpenAPI openAPI) {
        if (openAPI.getTags() == null) {
            return;
        }
        List<Tag> tags = new ArrayList<>(openAPI.getTags());
        tags.sort(Comparator.comparingInt((Tag tag) -> {
            int position = ApiDocumentation.TAG_ORDER.indexOf(tag.getName());
            return position < 0 ? Integer.MAX_VALUE : position;
        }).thenComparing(Tag::getName));
        openAPI.setTags(tags);
    }

    /** Adds the problem response, also in place of a bare entry (no content) generated for bean validation. */
    private static void add(Operation operation, String status, String ref) {
        if (operation.getResponses() == null) {
            return;
        }
        APIResponse existing = operation.getResponses().getAPIResponse(status);
        if (existing == null || (existing.getRef() == null && existing.getContent() == null)) {
            operation.getResponses().addAPIResponse(status, OASFactory.createAPIResponse().ref(ref));
        }
    }

    private static void replace(Operation operation, String status, String ref) {
        if (operation.getResponses() != null) {
            operation.getResponses().removeAPIResponse(status);
            operation.getResponses().addAPIResponse(status, OASFactory.createAPIResponse().ref(ref));
        }
    }

    /** Roles from the security requirement's scopes to x-roles; the requirement keeps the scheme with no scopes. */
    private static void rolesAsExtension(Operation operation) {
        if (operation.getSecurity() == null) {
            return;
        }
        Set<String> roles = new LinkedHashSet<>();
        for (SecurityRequirement requirement : operation.getSecurity()) {
            if (requirement.getSchemes() == null) {
                continue;
            }
            Map<String, List<String>> schemes = new LinkedHashMap<>();
            requirement.getSchemes().forEach((scheme, scopes) -> {
                roles.addAll(scopes);
                schemes.put(scheme, List.of());
            });
            requirement.setSchemes(schemes);
        }
        if (!roles.isEmpty()) {
            operation.addExtension("x-roles", new ArrayList<>(roles));
        }
    }

    private static void addRequestId(APIResponse response) {
        if (response.getRef() != null) {
            return;
        }
        if (response.getHeaders() == null || !response.getHeaders().containsKey(HttpFilters.REQUEST_ID)) {
            Header header = OASFactory.createHeader()
                    .description("Identifier of the request; echoes the caller's X-Request-Id when it is a safe token")
                    .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING));
            response.addHeader(HttpFilters.REQUEST_ID, header);
        }
    }
}
