package org.accord.graphql;

import io.smallrye.graphql.api.ErrorCode;

/** The request conflicts with the stored state: a stale version, a duplicate key, a record others depend on. */
@ErrorCode("CONFLICT")
public class ConflictException extends ApiException {
    public ConflictException(String message) {
        super(message);
    }
}
