package io.socialhire.idempotency;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A POST operation that honours {@code Idempotency-Key}: the same key with the same request within 24 hours returns
 * the stored response instead of running again; the same key with another request is refused (422). Every POST of
 * the API carries it ({@code EveryPostIsIdempotentTest}).
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Idempotent {
    /**
     * False for a response that must not be kept, such as one that shows a secret once: a retry of it is then
     * answered 409 with the id of what the first request created.
     */
    @Nonbinding
    boolean replaysBody() default true;
}
