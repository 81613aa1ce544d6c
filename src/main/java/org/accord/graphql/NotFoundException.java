package org.accord.graphql;

import io.smallrye.graphql.api.ErrorCode;

/** A record the request names does not exist. */
@ErrorCode("NOT_FOUND")
public class NotFoundException extends ApiException {
    public NotFoundException(String message) {
        super(message);
    }

    /** The id given as {@code field} names no record: "input.actor: no Actor with id 'QWN0b3I6OTk5'". */
    public static NotFoundException of(String field, String typeName, String id) {
        return new NotFoundException(field + ": no " + typeName + " with id '" + id + "'");
    }
}
