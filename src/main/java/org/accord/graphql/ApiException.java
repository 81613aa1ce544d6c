package org.accord.graphql;

/**
 * An error the client caused or can act on. Each subclass carries its {@code extensions.code}
 * through SmallRye's {@code @ErrorCode}; its message is shown to the client (see
 * {@code show-runtime-exception-message} in application.properties), so it must name the problem
 * and never include internals.
 */
public abstract class ApiException extends RuntimeException {
    protected ApiException(String message) {
        super(message, null, false, false); // no stack trace: this is an answer, not a fault
    }
}
