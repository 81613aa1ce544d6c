package org.accord.execution;

import graphql.language.OperationDefinition;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.ext.web.RoutingContext;
import org.accord.security.Roles;

/**
 * Who may run which operation, decided once per request before execution, so that a refused
 * request runs no resolver and changes nothing:
 * <ul>
 * <li>a mutation needs a token with the role {@code editor};</li>
 * <li>a query is public, unless {@code accord.security.reads-require-reader} is on: then it needs
 *     {@code reader} (or {@code editor}).</li>
 * </ul>
 * A missing token is a 401 with {@code WWW-Authenticate: Bearer} (code UNAUTHENTICATED); a valid
 * token without the role is a 403 (code FORBIDDEN). A token that fails verification (signature,
 * expiry, issuer) never gets here: Quarkus refuses it with a 401 before any route runs.
 *
 * <p>This check answers with an HTTP status a client can act on, before anything runs. The
 * mutation classes also carry {@code @RolesAllowed("editor")}: a second line for any route that
 * reaches execution without passing here (GraphQlErrors maps its refusals to the same codes).
 */
public final class AccessPolicy {

    private final boolean readsRequireReader;

    public AccessPolicy(boolean readsRequireReader) {
        this.readsRequireReader = readsRequireReader;
    }

    /**
     * Throws the refusal for this request, if any. {@code operation} is the one the request runs,
     * as the handler resolved it; null when the document names none (execution reports that).
     */
    public void check(RoutingContext ctx, OperationDefinition operation) {
        check(identity(ctx), operation);
    }

    /** The identity of an HTTP request: that of its bearer token, or null. */
    public static SecurityIdentity identity(RoutingContext ctx) {
        return ctx.user() instanceof QuarkusHttpUser user ? user.getSecurityIdentity() : null;
    }

    /**
     * Throws the refusal for {@code identity} (null or anonymous without a token), if any. A
     * subscription is a read, as a query is.
     */
    public void check(SecurityIdentity identity, OperationDefinition operation) {
        boolean mutation = operation != null && operation.getOperation() == OperationDefinition.Operation.MUTATION;
        if (!mutation && !readsRequireReader) {
            return;
        }
        if (identity == null || identity.isAnonymous()) {
            throw HttpProblem.unauthenticated(mutation
                    ? "Mutations need a bearer token with the role '" + Roles.EDITOR + "'"
                    : "Queries need a bearer token with the role '" + Roles.READER + "' on this server");
        }
        if (identity.hasRole(Roles.EDITOR) || (!mutation && identity.hasRole(Roles.READER))) {
            return;
        }
        throw HttpProblem.forbidden(mutation
                ? "The token of '" + identity.getPrincipal().getName() + "' lacks the role '" + Roles.EDITOR + "' that mutations need"
                : "The token of '" + identity.getPrincipal().getName() + "' lacks the role '" + Roles.READER + "' that queries need");
    }
}
