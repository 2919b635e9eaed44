package io.socialhire.audit;

import io.socialhire.common.ApiException;
import io.socialhire.common.Cursor;
import io.socialhire.common.Links;
import io.socialhire.common.Page;
import io.socialhire.common.PageParams;
import io.socialhire.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/audit-events")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@Tag(name = "Audit", description = "Every write: when, which key, what, and which fields changed")
public class AuditResource {

    private static final String EVENT = """
            {"id": "2d3c4b5a-6978-4a1b-9c2d-3e4f5a6b7c8d", "occurredAt": "2026-11-22T10:15:30Z",
             "apiKeyId": "7c9e6679-7425-40de-944b-e07fc1f90ae7", "apiKeyName": "Greenhouse sync", "action": "candidate.updated",
             "entityType": "candidate", "entityId": "0b7e7c7a-2f61-4f2a-8a8e-1d2f3c4b5a69",
             "requestId": "6f1c2c1e-5d7a-4c55-9a35-3bb0f3a2f0a1", "changedFields": ["headline", "tags"]}""";

    @Schema(name = "AuditEvent", description = "A write. changedFields names fields, never their values.")
    public record View(UUID id, Instant occurredAt, @Schema(nullable = true) UUID apiKeyId, @Schema(nullable = true) String apiKeyName,
            @Schema(example = "candidate.updated") String action, @Schema(example = "candidate") String entityType,
            String entityId, @Schema(nullable = true) String requestId, List<String> changedFields) {
    }

    @Schema(name = "AuditEventPage", description = "One page of audit events, oldest first")
    public record EventPage(List<View> items, @Schema(nullable = true) String nextCursor) {
    }

    private final EntityManager em;

    public AuditResource(EntityManager em) {
        this.em = em;
    }

    @GET
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(operationId = "listAuditEvents", summary = "List audit events", description = "Oldest first, cursor-paged. Roles: admin.")
    @APIResponse(responseCode = "200", description = "One page of events",
            headers = @Header(name = "Link", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = EventPage.class),
                    examples = @ExampleObject(name = "events", value = "{\"items\": [" + EVENT + "], \"nextCursor\": null}")))
    public Response list(
            @Parameter(description = "candidate, channel, assessment, review, rubric_version, role, api_key", example = "candidate")
            @QueryParam("entityType") String entityType,
            @Parameter(description = "Id of the entity") @QueryParam("entityId") String entityId,
            @Parameter(description = "Id of the API key that made the change") @QueryParam("apiKeyId") String apiKeyId,
            @Parameter(description = "Action, e.g. candidate.updated", example = "candidate.erased") @QueryParam("action") String action,
            @Parameter(description = "From this RFC 3339 time, inclusive") @QueryParam("from") String from,
            @Parameter(description = "Before this RFC 3339 time") @QueryParam("to") String to,
            @Parameter(description = "Page size, 1 to 200", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "200", defaultValue = "50"))
            @QueryParam("limit") String limit,
            @Parameter(description = "nextCursor from the previous page") @QueryParam("cursor") String cursor,
            @Context UriInfo uriInfo) {
        int size = PageParams.limit(limit);
        Cursor after = PageParams.cursor(cursor);
        StringBuilder where = new StringBuilder(" WHERE true");
        Map<String, Object> params = new HashMap<>();
        filter(where, params, "entityType", token(entityType, "entityType"));
        filter(where, params, "entityId", token(entityId, "entityId"));
        filter(where, params, "action", token(action, "action"));
        if (apiKeyId != null && !apiKeyId.isBlank()) {
            try {
                filter(where, params, "apiKeyId", UUID.fromString(apiKeyId.strip()));
            } catch (IllegalArgumentException e) {
                throw ApiException.invalid("apiKeyId", "must be a UUID");
            }
        }
        Instant fromTime = time(from, "from");
        Instant toTime = time(to, "to");
        if (fromTime != null) {
            where.append(" AND e.occurredAt >= :from");
            params.put("from", fromTime);
        }
        if (toTime != null) {
            where.append(" AND e.occurredAt < :to");
            params.put("to", toTime);
        }
        if (after != null) {
            where.append(" AND (e.occurredAt > :ac OR (e.occurredAt = :ac AND e.id > :ai))");
            params.put("ac", after.createdAt());
            params.put("ai", after.id());
        }
        var query = em.createQuery("FROM AuditEvent e" + where + " ORDER BY e.occurredAt, e.id", AuditEvent.class)
                .setMaxResults(size + 1);
        params.forEach(query::setParameter);
        List<AuditEvent> rows = query.getResultList();
        boolean more = rows.size() > size;
        List<AuditEvent> page = more ? rows.subList(0, size) : rows;
        AuditEvent last = page.isEmpty() ? null : page.get(page.size() - 1);
        List<View> items = page.stream().map(e -> new View(e.id, e.occurredAt, e.apiKeyId, e.apiKeyName, e.action, e.entityType,
                e.entityId, e.requestId, List.copyOf(e.changedFields))).toList();
        return Links.paged(new Page<>(items, more ? new Cursor(last.occurredAt, last.id).encode() : null), uriInfo);
    }

    private static void filter(StringBuilder where, Map<String, Object> params, String field, Object value) {
        if (value != null) {
            where.append(" AND e.").append(field).append(" = :").append(field);
            params.put(field, value);
        }
    }

    private static String token(String value, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!value.strip().matches("[A-Za-z0-9._:-]{1,100}")) {
            throw ApiException.invalid(name, "must be 1-100 letters, digits or . _ : -");
        }
        return value.strip();
    }

    private static Instant time(String value, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.strip()).toInstant();
        } catch (DateTimeParseException e) {
            throw ApiException.invalid(name, "must be an RFC 3339 timestamp such as 2026-11-01T00:00:00Z");
        }
    }
}
