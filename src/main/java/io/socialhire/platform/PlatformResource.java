package io.socialhire.platform;

import io.socialhire.common.ApiException;
import io.socialhire.common.Page;
import io.socialhire.common.Text;
import io.socialhire.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/platforms")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Platforms", description = "The catalog of platforms and venues channels can be declared on")
public class PlatformResource {

    private static final String EXAMPLE = """
            {"id": "reddit", "name": "Reddit", "category": "forum_community", "homepage": "https://www.reddit.com",
             "aliases": ["reddit", "subreddit"], "identifierKinds": ["user", "community"]}""";

    private final PlatformCatalog catalog;
    private final List<PlatformView> all;
    private final CacheControl cache;

    public PlatformResource(PlatformCatalog catalog) {
        this.catalog = catalog;
        this.all = catalog.all().stream().map(PlatformView::of).toList();
        this.cache = new CacheControl();
        cache.setMaxAge(3600);
    }

    @GET
    @Operation(operationId = "listPlatforms", summary = "List the platform catalog",
            description = "Every platform and venue the API knows, in catalog order (a single page). Roles: recruiter, hiring_manager, admin.")
    @APIResponse(responseCode = "200", description = "The catalog",
            content = @Content(schema = @Schema(implementation = PlatformPage.class),
                    examples = @ExampleObject(name = "catalog", value = "{\"items\": [" + EXAMPLE + "]}")))
    @RolesAllowed({Roles.RECRUITER, Roles.HIRING_MANAGER, Roles.ADMIN})
    public Response list(@Parameter(description = "Only platforms of this category, e.g. chat_community")
            @QueryParam("category") String category) {
        List<PlatformView> items = all;
        if (category != null && !category.isBlank()) {
            PlatformCategory wanted = Arrays.stream(PlatformCategory.values())
                    .filter(c -> c.jsonValue().equals(category.strip())).findFirst()
                    .orElseThrow(() -> ApiException.invalid("category", "must be one of: " + Arrays.stream(PlatformCategory.values())
                            .map(PlatformCategory::jsonValue).collect(Collectors.joining(", "))));
            items = all.stream().filter(p -> p.category().equals(wanted.jsonValue())).toList();
        }
        return Response.ok(new Page<>(items, null)).cacheControl(cache).header("ETag", etag()).build();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getPlatform", summary = "Get one platform", description = "Roles: recruiter, hiring_manager, admin.")
    @APIResponse(responseCode = "200", description = "The platform",
            content = @Content(schema = @Schema(implementation = PlatformView.class),
                    examples = @ExampleObject(name = "reddit", value = EXAMPLE)))
    @RolesAllowed({Roles.RECRUITER, Roles.HIRING_MANAGER, Roles.ADMIN})
    public Response get(@Parameter(description = "Platform id", example = "reddit") @PathParam("id") String id) {
        PlatformView platform = catalog.byId(id).map(PlatformView::of)
                .orElseThrow(() -> ApiException.notFound("Platform", Text.abbreviate(id)));
        return Response.ok(platform).cacheControl(cache).header("ETag", etag()).build();
    }

    private String etag() {
        return "\"catalog-v" + catalog.version() + "\"";
    }

    @Schema(name = "PlatformPage", description = "The platform catalog")
    public static final class PlatformPage {
        @Schema(required = true)
        public List<PlatformView> items;
        @Schema(description = "Absent: the catalog is one page")
        public String nextCursor;
    }
}
