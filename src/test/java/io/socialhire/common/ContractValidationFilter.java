package io.socialhire.common;

import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A RestAssured filter that fails the request's test when the exchange breaks the committed
 * contract ({@link Contract#violations}): a response whose status, media type or body is not
 * documented, or an accepted request whose body the contract calls invalid. AdminKeyByDefault
 * installs it for every Quarkus test; a request that is outside the contract on purpose says so
 * with {@code noFiltersOfType(ContractValidationFilter.class)}.
 */
public final class ContractValidationFilter implements Filter {

    public static final ContractValidationFilter INSTANCE = new ContractValidationFilter();

    private ContractValidationFilter() {
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification responseSpec, FilterContext context) {
        Response response = context.next(request, responseSpec);
        List<String> violations = Contract.COMMITTED.violations(request.getMethod(), request.getURI(), request.getContentType(),
                body(request.getBody()), response.getStatusCode(), response.getContentType(), response.asString());
        if (!violations.isEmpty()) {
            throw new AssertionError("The exchange breaks openapi/openapi.yaml:\n  " + String.join("\n  ", violations));
        }
        return response;
    }

    private static String body(Object body) {
        if (body instanceof byte[] bytes) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
        return body == null ? null : body.toString();
    }
}
