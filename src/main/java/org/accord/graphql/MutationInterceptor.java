package org.accord.graphql;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.StaleStateException;
import org.hibernate.exception.ConstraintViolationException;

/**
 * The steps every mutation shares ({@link Mutating}), in order:
 * <ol>
 * <li>join the caller's transaction or start one, rolled back on any exception;</li>
 * <li>check the input against its Bean Validation constraints: every violation is reported in one
 *     BAD_USER_INPUT error, each naming its field, e.g.
 *     {@code input.name: must not be blank; input.names[1].kind: must not be null};</li>
 * <li>run the service method;</li>
 * <li>flush its changes, so that what the database refuses reaches the client as CONFLICT rather
 *     than as a failed commit: a record changed or deleted meanwhile (optimistic lock), or a unique
 *     or foreign key a concurrent request took.</li>
 * </ol>
 * Why not SmallRye's own check ({@code @Valid} on the argument): its error carries no
 * {@code extensions.code} and sends the constraint's internals (groups, payload, invalid value).
 */
@Mutating
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 300)
public class MutationInterceptor {

    @Inject
    Validator validator;

    @AroundInvoke
    Object mutate(InvocationContext call) throws Exception {
        return QuarkusTransaction.joiningExisting().call(() -> {
            for (Object input : call.getParameters()) {
                validate(input);
            }
            Object result = call.proceed();
            flush();
            return result;
        });
    }

    private void validate(Object input) {
        if (input == null) {
            return;
        }
        Set<ConstraintViolation<Object>> violations = validator.validate(input);
        if (!violations.isEmpty()) {
            throw new BadUserInputException(violations.stream()
                    .map(v -> "input." + v.getPropertyPath() + ": " + v.getMessage())
                    .sorted()
                    .collect(Collectors.joining("; ")));
        }
    }

    private static void flush() {
        try {
            Panache.getEntityManager().flush();
        } catch (OptimisticLockException | StaleStateException e) {
            throw new ConflictException("A record this change touches was changed or deleted by another request meanwhile: read it again and retry");
        } catch (PersistenceException e) {
            ConstraintViolationException violation = e instanceof ConstraintViolationException c1 ? c1
                    : e.getCause() instanceof ConstraintViolationException c2 ? c2 : null;
            if (violation != null) {
                String name = violation.getConstraintName();
                throw new ConflictException("The change conflicts with stored data" + (name == null ? "" : " (" + name.toLowerCase() + ")")
                        + ", probably written by another request meanwhile: read it again and retry");
            }
            throw e;
        }
    }
}
