package io.socialhire.integration;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the API shows and takes for the ATS connectors. */
public final class ConnectorViews {

    private ConnectorViews() {
    }

    @Schema(name = "ConnectorConfig", description = "An ATS connector's configuration. Keys are never shown: the inbound key once, when"
            + " issued; the ATS API key never.")
    public record View(
            ConnectorKind connector,
            @Schema(description = "Whether the ATS's calls are answered and results sent to it", example = "true") boolean enabled,
            @Schema(description = "The key the ATS presents, when one was issued: its first characters and when") InboundKey inboundKey,
            @Schema(description = "Ashby only: whether the customer's Ashby API key is stored (sealed; never shown)", example = "true")
            Boolean ashbyApiKeySet,
            @Schema(description = "The packages the ATS is offered; empty: every active package",
                    example = "[\"community-manager-participation\"]") List<String> packageIds,
            @Schema(description = "The URLs to give the ATS's partner support, by the name the ATS gives each",
                    example = "{\"list_tests\": \"https://socialhire.example.com/integrations/greenhouse/list_tests\"}")
            Map<String, String> endpoints,
            Instant updatedAt,
            @Schema(description = "Changes with every write; sent as the ETag", minimum = "0", example = "2") long version) {
    }

    @Schema(name = "ConnectorInboundKey", description = "The inbound key, as far as it is shown after it was issued")
    public record InboundKey(@Schema(example = "shc_Q2xh…") String hint, Instant issuedAt) {
    }

    @Schema(name = "ConnectorConfigPatch", description = "The fields a JSON Merge Patch may change")
    public record Input(
            @Schema(description = "Answer the ATS and send it results. Needs SOCIALHIRE_SECRETS_KEY, an inbound key and, for Ashby, the"
                    + " Ashby API key", example = "true")
            Boolean enabled,
            @Schema(description = "Package ids offered to the ATS; empty: every active package", maxItems = 100)
            @Size(max = 100)
            List<@Pattern(regexp = "^[a-z0-9][a-z0-9-]{0,63}$", message = "must be a package id") String> packageIds,
            @Schema(description = "Ashby only, write-only: the customer's Ashby API key (with the assessments permission), stored sealed"
                    + " and replaced by the next one given; never shown", maxLength = 500, writeOnly = true, example = "a1b2c3d4e5f6")
            @Size(min = 1, max = 500)
            String ashbyApiKey) {

        @Override
        public String toString() {
            return "Input[enabled=" + enabled + ", packageIds=" + packageIds + ", ashbyApiKey=" + (ashbyApiKey == null ? null : "…") + "]";
        }
    }

    @Schema(name = "ConnectorKeyIssued", description = "A new inbound key for the ATS. Shown this once: store it or give it to the ATS now;"
            + " the key it replaces stops working at once.")
    public record KeyIssued(
            ConnectorKind connector,
            @Schema(description = "Give it to the ATS (Greenhouse and Ashby use it as the Basic auth username, empty password)",
                    example = "shc_Q2xhc3NpZmllZC1yZXBvcnQtdG9rZW4tZm9yLXRlc3Rz") String key,
            Instant issuedAt) {

        @Override
        public String toString() {
            return "KeyIssued[connector=" + connector + ", issuedAt=" + issuedAt + "]";
        }
    }

    @Schema(name = "ConnectorLogEntry", description = "One call the ATS made, or one attempt to tell it of a change")
    public record LogEntry(
            UUID id,
            @Schema(enumeration = {"inbound", "outbound"}, example = "outbound") String direction,
            @Schema(description = "The ATS's name for the call (list_tests, send_test, test_status, response_error, assessment.list,"
                    + " assessment.start, assessment.cancel) or the callback (patch_test, assessment.update)", example = "patch_test")
            String operation,
            @Schema(description = "ok; refused: answered with an error; failed: a callback attempt without a 2xx; reported_error: the ATS"
                    + " reported a response it could not read", enumeration = {"ok", "refused", "failed", "reported_error"}, example = "ok")
            String outcome,
            @Schema(example = "200") Integer httpStatus,
            UUID invitationId,
            @Schema(description = "Callbacks: the callback's id and its attempt number") UUID callbackId,
            @Schema(example = "1") Integer attempt,
            @Schema(example = "84") Integer latencyMs,
            @Schema(description = "What went wrong, or what the ATS reported", maxLength = 2000) String detail,
            Instant createdAt) {
    }

    @Schema(name = "ConnectorLogPage")
    public record LogPage(List<LogEntry> items,
            @Schema(description = "Cursor of the next page; absent on the last page", type = SchemaType.STRING) String nextCursor) {
    }
}
