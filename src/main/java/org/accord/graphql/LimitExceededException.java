package org.accord.graphql;

import io.smallrye.graphql.api.ErrorCode;

/** The request exceeds a configured limit, which the message names. */
@ErrorCode("LIMIT_EXCEEDED")
public class LimitExceededException extends ApiException {
    public LimitExceededException(String message) {
        super(message);
    }
}
