package io.socialhire.webhook;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/**
 * Documents each event under the document's top-level {@code webhooks} (OpenAPI 3.1): the request
 * the service sends, with the Standard Webhooks headers, the payload schema and an example.
 */
public final class WebhookDocumentation {

    private static final String BASE = "https://hiring.example.com/api/v1";
    private static final String CANDIDATE_ID = "0b7e7c7a-2f61-4f2a-8a8e-1d2f3c4b5a69";
    private static final String ASSESSMENT_ID = "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d";
    private static final String REVIEW_ID = "4d3c2b1a-0f9e-4d8c-b7a6-5f4e3d2c1b0a";
    /** Fields absent when the engine could not rate an answer. */
    private static final java.util.Set<String> UNRATED_ABSENT = java.util.Set.of("rating", "score", "recommendation");
    private static final String INVITATION_ID = "7c1e9a2b-3d4f-4a5b-8c6d-9e0f1a2b3c4d";
    private static final String REPORT_URL = "https://hiring.example.com/r/Jq2Xv8Lw1ZkR4tY7uP0oN3mB6cV9xA5sD8fG1hJ4kL7";
    private static final String ENDPOINT_ID = "5b2f8e3a-1c4d-4e6f-9a0b-7c8d9e0f1a2b";

    private record Event(String type, String summary, String description, Map<String, Schema> fields, Map<String, Object> data) {
    }

    private WebhookDocumentation() {
    }

    public static void addTo(OpenAPI openAPI) {
        for (Event event : events()) {
            openAPI.addWebhook(event.type(), OASFactory.createPathItem().POST(operation(event)));
        }
    }

    private static List<Event> events() {
        Schema id = uuid("Id of the candidate");
        Schema candidateUrl = url("The candidate in this API");
        return List.of(
                new Event(EventTypes.CANDIDATE_CREATED, "A candidate was created", "Sent after a candidate is created, also by an upsert.",
                        fields("id", id, "url", candidateUrl), data("id", CANDIDATE_ID, "url", BASE + "/candidates/" + CANDIDATE_ID)),
                new Event(EventTypes.CANDIDATE_UPDATED, "A candidate was changed",
                        "Sent after a candidate's profile changes (a patch, or an upsert that changed something); read it to see what changed.",
                        fields("id", id, "url", candidateUrl), data("id", CANDIDATE_ID, "url", BASE + "/candidates/" + CANDIDATE_ID)),
                new Event(EventTypes.CANDIDATE_ERASED, "A candidate was erased",
                        "Sent after a candidate is erased: delete what you hold about the person. There is no link, as nothing is left to read.",
                        fields("id", id), data("id", CANDIDATE_ID)),
                new Event(EventTypes.ASSESSMENT_CREATED, "An assessment was stored", "Sent after an answer is scored and stored for a"
                        + " candidate. status pending_review means the engine's outcome waits for a person (socialhire.review.required-for):"
                        + " act on it only after the assessment.reviewed event that follows.",
                        fields("id", uuid("Id of the assessment"), "candidateId", uuid("Id of the candidate assessed"),
                                "status", OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                                        .enumeration(List.of("final", "pending_review"))
                                        .description("final: the engine's result counts; pending_review: awaiting a person's review"),
                                "url", url("The assessment in this API")),
                        data("id", ASSESSMENT_ID, "candidateId", CANDIDATE_ID, "status", "pending_review",
                                "url", BASE + "/assessments/" + ASSESSMENT_ID)),
                new Event(EventTypes.ASSESSMENT_REVIEWED, "An assessment was reviewed",
                        "Sent after a reviewer reviews an assessment; the newest review is the assessment's final result, and the data"
                                + " carries it: the reviewer's rating (1-5) and recommendation, and the engine's score (0-100), which a"
                                + " review keeps and which is absent when the engine could not rate the answer.",
                        fields("id", uuid("Id of the review"), "assessmentId", uuid("Id of the assessment reviewed"),
                                "candidateId", uuid("Id of the candidate assessed; null once the candidate was erased")
                                        .addType(Schema.SchemaType.NULL),
                                "status", OASFactory.createSchema().addType(Schema.SchemaType.STRING).constValue("reviewed")
                                        .description("The assessment's status after the review"),
                                "rating", integer("The final rating, 1-5", 1, 5),
                                "score", integer("The engine's score, 0-100", 0, 100),
                                "recommendation", recommendation("The final recommendation"),
                                "url", url("The assessment's reviews in this API")),
                        data("id", REVIEW_ID, "assessmentId", ASSESSMENT_ID, "candidateId", CANDIDATE_ID, "status", "reviewed",
                                "rating", 3, "score", 72, "recommendation", "mixed",
                                "url", BASE + "/assessments/" + ASSESSMENT_ID + "/reviews")),
                invitation(EventTypes.INVITATION_STARTED, "started", "A candidate opened an invitation",
                        "Sent the first time the candidate opens the page of an invitation."),
                new Event(EventTypes.INVITATION_COMPLETED, "A candidate answered an invitation",
                        "Sent after the candidate submitted the answer and it was scored and stored as an assessment. The score is"
                                + " on 0-100, the rating on 1-5 (the rubric's scale); either is absent when the engine could not rate"
                                + " the answer, which then needs a person. reportUrl is the invitation's report page (the same link as"
                                + " in the response that created it): added as each delivery is sent, never stored in clear, and absent"
                                + " when the service has no SOCIALHIRE_SECRETS_KEY or the invitation was created without one.",
                        invitationFields(Map.of("assessmentId", uuid("Id of the assessment stored"),
                                "rating", integer("The engine's rating, 1-5", 1, 5), "score", integer("The engine's score, 0-100", 0, 100),
                                "recommendation", recommendation("The engine's recommendation"),
                                "assessmentUrl", url("The assessment in this API"),
                                "reportUrl", url("The invitation's report page, for people without API access; a secret link, keep it"
                                        + " as you keep the report")), "completed"),
                        data("id", INVITATION_ID, "candidateId", CANDIDATE_ID, "status", "completed", "assessmentId", ASSESSMENT_ID,
                                "rating", 4, "score", 72, "recommendation", "yes", "assessmentUrl", BASE + "/assessments/" + ASSESSMENT_ID,
                                "url", BASE + "/invitations/" + INVITATION_ID, "reportUrl", REPORT_URL)),
                invitation(EventTypes.INVITATION_CANCELLED, "cancelled", "An invitation was cancelled",
                        "Sent after an invited or started invitation is cancelled; its page takes no more answers."),
                invitation(EventTypes.INVITATION_EXPIRED, "expired", "An invitation expired",
                        "Sent when an invitation reaches its expiresAt before the candidate answered; its page takes no more answers."),
                new Event(Outbox.TEST_EVENT, "A test of the endpoint",
                        "Sent only when an admin asks for it (POST /api/v1/webhook-endpoints/{id}/test), to that endpoint alone, whatever"
                                + " types it subscribes to: check that it arrives and that the signature verifies, then acknowledge it.",
                        fields("endpointId", uuid("Id of the endpoint tested"), "url", url("The endpoint in this API")),
                        data("endpointId", ENDPOINT_ID, "url", BASE + "/webhook-endpoints/" + ENDPOINT_ID)));
    }

    private static Event invitation(String type, String status, String summary, String description) {
        return new Event(type, summary, description, invitationFields(Map.of(), status),
                data("id", INVITATION_ID, "candidateId", CANDIDATE_ID, "status", status, "url", BASE + "/invitations/" + INVITATION_ID));
    }

    /** The fields every invitation event has, the extra ones before the link. */
    private static Map<String, Schema> invitationFields(Map<String, Schema> extra, String status) {
        Map<String, Schema> fields = fields("id", uuid("Id of the invitation"), "candidateId", uuid("Id of the candidate invited"),
                "status", OASFactory.createSchema().addType(Schema.SchemaType.STRING).constValue(status)
                        .description("The invitation's status after the change"));
        new java.util.TreeMap<>(extra).forEach(fields::put);
        fields.put("url", url("The invitation in this API"));
        return fields;
    }

    private static Schema recommendation(String description) {
        return OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                .enumeration(List.of("definitely_not", "no", "mixed", "yes", "strong_yes")).description(description);
    }

    private static Schema integer(String description, int min, int max) {
        return OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).description(description)
                .minimum(java.math.BigDecimal.valueOf(min)).maximum(java.math.BigDecimal.valueOf(max));
    }

    private static Operation operation(Event event) {
        Schema data = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT).description("Ids and a link; never personal data")
                .properties(event.fields())
                .required(event.fields().keySet().stream().filter(field -> !UNRATED_ABSENT.contains(field)).toList());
        Schema payload = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .addProperty("type", OASFactory.createSchema().addType(Schema.SchemaType.STRING).constValue(event.type())
                        .description("The event type"))
                .addProperty("timestamp", OASFactory.createSchema().addType(Schema.SchemaType.STRING).format("date-time")
                        .description("When it happened (RFC 3339, UTC)"))
                .addProperty("data", data)
                .required(List.of("type", "timestamp", "data"));
        Map<String, Object> example = new LinkedHashMap<>();
        example.put("type", event.type());
        example.put("timestamp", "2026-11-22T10:15:30.123Z");
        example.put("data", event.data());
        String name = event.type().replace('.', ' ');
        return OASFactory.createOperation()
                .operationId(camel(event.type()) + "Webhook")
                .summary(event.summary())
                .description(event.description() + " Signed as Standard Webhooks describes: verify webhook-signature before trusting the"
                        + " body, and drop events whose webhook-id you have already handled (delivery is at least once). Sent to the"
                        + (event.type().equals(Outbox.TEST_EVENT) ? "" : " endpoints subscribed to " + event.type() + " or to every type."))
                .tags(List.of("Webhooks"))
                // Sent by this service, not called on it: no API key; the signature headers authenticate it.
                .security(new java.util.ArrayList<>())
                .parameters(List.of(
                        header("webhook-id", "The event's id: the same on every retry, so use it to drop duplicates",
                                OASFactory.createSchema().addType(Schema.SchemaType.STRING).format("uuid"),
                                "3f6c1b2a-9d8e-4f7a-b6c5-d4e3f2a1b0c9"),
                        header("webhook-timestamp", "When this attempt was sent, in Unix seconds; refuse ones far from your clock",
                                OASFactory.createSchema().addType(Schema.SchemaType.STRING).pattern("^[0-9]+$"), "1795349730"),
                        header("webhook-signature", "v1, and the base64 HMAC-SHA256 of webhook-id.webhook-timestamp.body, keyed with"
                                        + " the base64-decoded part of the endpoint's secret after whsec_. For a while after the secret is"
                                        + " rotated, two signatures separated by a space, one per secret: accept the event when either"
                                        + " verifies",
                                OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                                        .pattern("^v1,[A-Za-z0-9+/]{43}=( v1,[A-Za-z0-9+/]{43}=)?$"),
                                "v1,K5oZfzN95Z9UVu1EsfQmfVNQhnkZ2pj9o9NDN/H/pI4=")))
                .requestBody(OASFactory.createRequestBody().required(true).description("The event")
                        .content(OASFactory.createContent().addMediaType("application/json", OASFactory.createMediaType()
                                .schema(payload).addExample(name, OASFactory.createExample().value(example)))))
                .responses(OASFactory.createAPIResponses()
                        .addAPIResponse("200", OASFactory.createAPIResponse()
                                .description("Any 2xx acknowledges the event. Anything else, or no answer within 15 s, is retried after"
                                        + " 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 14 h, 20 h and 24 h (each up to a tenth later), or later"
                                        + " when a Retry-After asks (at most 24 h); after those ten attempts the delivery has failed and"
                                        + " the endpoint is marked failing."))
                        .addAPIResponse("410", OASFactory.createAPIResponse()
                                .description("Gone: the endpoint is disabled and nothing more is sent to it until an admin enables it"))
                        .addAPIResponse("400", OASFactory.createAPIResponse()
                                .description("Refused, for instance for a bad signature; retried like any other failure")));
    }

    private static Parameter header(String name, String description, Schema schema, String example) {
        return OASFactory.createParameter().name(name).in(Parameter.In.HEADER).required(true).description(description)
                .schema(schema).example(example);
    }

    private static Schema uuid(String description) {
        return OASFactory.createSchema().addType(Schema.SchemaType.STRING).format("uuid").description(description);
    }

    private static Schema url(String description) {
        return OASFactory.createSchema().addType(Schema.SchemaType.STRING).format("uri").description(description);
    }

    private static Map<String, Schema> fields(Object... pairs) {
        Map<String, Schema> fields = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            fields.put((String) pairs[i], (Schema) pairs[i + 1]);
        }
        return fields;
    }

    private static Map<String, Object> data(Object... pairs) {
        Map<String, Object> data = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            data.put((String) pairs[i], pairs[i + 1]);
        }
        return data;
    }

    private static String camel(String type) {
        String[] parts = type.split("[._]");
        StringBuilder name = new StringBuilder(parts[0]);
        for (int i = 1; i < parts.length; i++) {
            name.append(Character.toUpperCase(parts[i].charAt(0))).append(parts[i].substring(1));
        }
        return name.toString();
    }
}
