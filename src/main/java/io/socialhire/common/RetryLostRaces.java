package io.socialhire.common;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A service whose transactions are run again when they lose a race to a concurrent one: a unique
 * key another request took first, a row it changed or removed meanwhile, a deadlock. The new run
 * reads the winner's committed work and answers as if it had come second (a 409 naming the
 * existing row, an update instead of a create, a 404, a 412 for a stale If-Match). Calls that join
 * a transaction begun elsewhere are not repeated here; the outermost call is.
 */
@InterceptorBinding
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface RetryLostRaces {
}
