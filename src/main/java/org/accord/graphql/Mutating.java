package org.accord.graphql;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a service whose public methods are mutations. Each runs through {@link MutationInterceptor}:
 * in one transaction, with its input validated before it starts and its changes flushed before it
 * returns. A service method keeps only what differs per type: look-ups, version checks
 * ({@link Versions}), the rules of its record, and what a delete must refuse ({@link Dependents}).
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Mutating {
}
