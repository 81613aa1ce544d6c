package org.accord.statement;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import org.accord.security.Roles;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;

/** Mutations of statements; {@link StatementService} does the work, one transaction each. */
@GraphQLApi
@RolesAllowed(Roles.EDITOR) // also checked per request by http.AccessPolicy; this covers any other route to execution
public class StatementMutations {

    @Inject
    StatementService service;

    @Mutation
    @NonNull
    @Description("Records a statement with its authors and quotes.")
    public CreateStatementPayload createStatement(@NonNull @Description("The statement.") CreateStatementInput input) {
        return new CreateStatementPayload(service.createStatement(input));
    }

    @Mutation
    @NonNull
    @Description("Replaces a statement's fields, authors and quotes with the given ones (a field left out is cleared). CONFLICT if it is no longer at `expectedVersion`.")
    public UpdateStatementPayload updateStatement(@NonNull @Description("The statement's new state.") UpdateStatementInput input) {
        return new UpdateStatementPayload(service.updateStatement(input));
    }

    @Mutation
    @NonNull
    @Description("Deletes a statement with its authorships, quotes and citations. Refused (CONFLICT) while commitments were announced in it or statements respond to it.")
    public DeleteStatementPayload deleteStatement(@NonNull @Description("The statement and its version.") DeleteStatementInput input) {
        return new DeleteStatementPayload(service.deleteStatement(input));
    }
}
