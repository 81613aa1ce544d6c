package org.accord.graphql;

import io.smallrye.graphql.api.ErrorCode;
import jakarta.validation.Validator;
import java.util.stream.Collectors;

/** The request is malformed or asks for something invalid; the message names the field or value. */
@ErrorCode("BAD_USER_INPUT")
public class BadUserInputException extends ApiException {
    public BadUserInputException(String message) {
        super(message);
    }

    /**
     * Checks a mutation's input against its Bean Validation constraints: the one way mutation
     * inputs are validated. Every violation is reported in one BAD_USER_INPUT error, each naming its
     * field, e.g. {@code input.name: must not be blank; input.names[1].kind: must not be null}.
     *
     * <p>Why not SmallRye's own check ({@code @Valid} on the argument): its error carries no
     * {@code extensions.code} and sends the constraint's internals (groups, payload, invalid value).
     */
    public static void validate(Validator validator, Object input) {
        var violations = validator.validate(input);
        if (!violations.isEmpty()) {
            throw new BadUserInputException(violations.stream()
                    .map(v -> "input." + v.getPropertyPath() + ": " + v.getMessage())
                    .sorted()
                    .collect(Collectors.joining("; ")));
        }
    }
}
