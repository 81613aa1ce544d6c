package org.accord.graphql;

import io.smallrye.graphql.api.ErrorCode;

/** The request is malformed or asks for something invalid; the message names the field or value. */
@ErrorCode("BAD_USER_INPUT")
public class BadUserInputException extends ApiException {
    public BadUserInputException(String message) {
        super(message);
    }
}
