package io.socialhire;

import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;
import io.restassured.filter.Filter;
import io.socialhire.common.ContractValidationFilter;

/**
 * Tests speak to the API as the admin key configured for the test profile unless they send an
 * Authorization header of their own; authorization itself is tested in AuthorizationTest. Every
 * RestAssured exchange is also checked against the committed contract (ContractValidationFilter).
 */
public class AdminKeyByDefault implements QuarkusTestBeforeEachCallback {

    public static final String ADMIN_KEY = "shk_testadmn_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";

    private static final Filter ADD_ADMIN_KEY = (request, response, context) -> {
        if (!request.getHeaders().hasHeaderWithName("Authorization")) {
            request.header("Authorization", "Bearer " + ADMIN_KEY);
        }
        return context.next(request, response);
    };

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        RestAssured.replaceFiltersWith(ADD_ADMIN_KEY, ContractValidationFilter.INSTANCE);
    }
}
