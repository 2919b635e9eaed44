package io.socialhire;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Every RestAssured exchange of the annotated test class is checked against the committed
 * OpenAPI document (see io.socialhire.common.ContractValidationFilter), set up by AdminKeyByDefault.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ValidatedAgainstContract {
}
