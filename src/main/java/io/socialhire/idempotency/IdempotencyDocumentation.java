package io.socialhire.idempotency;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/** Documents Idempotency-Key on every POST: the header parameter and the replay marker on its successful responses. */
public final class IdempotencyDocumentation {

    private static final String PARAMETER = "IdempotencyKey";

    private IdempotencyDocumentation() {
    }

    public static void addTo(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        openAPI.getComponents().addParameter(PARAMETER, OASFactory.createParameter()
                .name(IdempotencyInterceptor.HEADER).in(Parameter.In.HEADER).required(false)
                .description("Makes the request safe to retry: send a new unique value (a UUID) with each new request and the"
                        + " same value when retrying it. Within 24 hours, the same key (for the same API key) with the same"
                        + " request returns the first response again, with `Idempotent-Replayed: true`, and writes nothing;"
                        + " with a different request it is refused (422 idempotency-key-reused). A retry sent while the first"
                        + " request still runs waits for it. Only successful responses are kept, so a refused request can be"
                        + " corrected and sent again with the same key.")
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).minLength(1).maxLength(255)
                        .pattern("^[!-~]+$"))
                .example("7f1d2c3e-4b5a-4f60-8e71-92a3b4c5d6e7"));
    }

    public static void addTo(Operation operation) {
        operation.addParameter(OASFactory.createParameter().ref(PARAMETER));
        if (operation.getResponses() == null || operation.getResponses().getAPIResponses() == null) {
            return;
        }
        operation.getResponses().getAPIResponses().forEach((status, response) -> {
            if (status.startsWith("2") && response.getRef() == null) {
                response.addHeader(IdempotencyInterceptor.REPLAYED_HEADER, OASFactory.createHeader()
                        .description("true when this is the stored response of an earlier request with the same Idempotency-Key")
                        .schema(OASFactory.createSchema().addType(Schema.SchemaType.BOOLEAN)));
            }
        });
    }
}
