package io.socialhire.security;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** API shapes of API keys. */
public final class ApiKeyViews {

    private ApiKeyViews() {
    }

    @Schema(name = "ApiKeyInput", description = "A new API key")
    public record Input(
            @Schema(description = "What uses the key", example = "Greenhouse sync", maxLength = 100)
            @NotBlank @Size(max = 100) @Pattern(regexp = "^[^\\u0000-\\u001F\\u007F]*$", message = "must not contain control characters")
            String name,
            @Schema(description = "recruiter, hiring_manager, admin or auditor", enumeration = {"recruiter", "hiring_manager", "admin", "auditor"},
                    example = "recruiter")
            @NotNull @Pattern(regexp = "^(recruiter|hiring_manager|admin|auditor)$", message = "must be one of: recruiter, hiring_manager, admin, auditor")
            String role) {
    }

    @Schema(name = "ApiKey", description = "An API key without its secret")
    public record View(
            UUID id,
            @Schema(example = "Greenhouse sync") String name,
            @Schema(example = "recruiter") String role,
            @Schema(description = "Non-secret start of the key, to recognise it", example = "shk_k3x9w2ma") String prefix,
            Instant createdAt,
            @Schema(description = "Last authenticated use, to the minute") Instant lastUsedAt,
            Instant revokedAt) {
    }

    @Schema(name = "CreatedApiKey", description = "A new API key. The secret is shown this once and never again.")
    public record Created(
            UUID id,
            String name,
            String role,
            String prefix,
            Instant createdAt,
            @Schema(description = "The key to send as `Authorization: Bearer <key>`. Store it now: it cannot be read again.",
                    example = "shk_k3x9w2ma_3q2-7wZ8mV0f9kXyL1bH4tQeR6uN5sJcA2pD8gW0iYzU") String key) {
    }

    @Schema(name = "ApiKeyPage", description = "The API keys")
    public record Page(List<View> items, @Schema(description = "Cursor of the next page; absent on the last page") String nextCursor) {
    }
}
