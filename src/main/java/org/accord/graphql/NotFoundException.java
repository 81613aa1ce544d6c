package org.accord.graphql;

import io.smallrye.graphql.api.ErrorCode;

/** A record the request names does not exist. */
@ErrorCode("NOT_FOUND")
public class NotFoundException extends ApiException {
    public NotFoundException(String message) {
        super(message);
    }
}
