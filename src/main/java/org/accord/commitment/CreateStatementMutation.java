package org.accord.commitment;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.accord.commitment.CommitmentMutations.StatementCommitmentInput;
import org.accord.security.Roles;
import org.accord.source.CitationInput;
import org.accord.statement.Statement;
import org.accord.statement.StatementMutations.StatementValues;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/**
 * createStatement, the mutation of statements that is not in {@code statement.StatementMutations}:
 * it also records the commitments announced in the statement, and the statement package lies
 * below the commitment package (docs/code-layout.md). {@link CommitmentService} does the work in
 * one transaction.
 */
@GraphQLApi
@RolesAllowed(Roles.EDITOR) // also checked per request by http.AccessPolicy; this covers any other route to execution
public class CreateStatementMutation {

    @Inject
    CommitmentService service;

    @Mutation
    @Description("Records a statement with its authors, quotes and sources, and the commitments announced in it, in one transaction: a failure leaves nothing stored. Read the commitments back through `statement.commitments`.")
    public CreateStatementPayload createStatement(@NonNull @Description("The statement.") CreateStatementInput input) {
        return new CreateStatementPayload(service.createStatement(input));
    }

    @Input("CreateStatementInput")
    @Description("A new statement, with its authors, quotes, sources and the commitments announced in it.")
    public static class CreateStatementInput extends StatementValues {

        @Size(max = 100)
        @Description("The sources that report it, each with the sentence that supports it: recorded with it, in the same transaction.")
        public List<@NonNull @Valid CitationInput> citations;

        @Size(max = 100)
        @Description("The commitments announced in it, each ANNOUNCED, made at its event and in its process: recorded with it, in the same transaction.")
        public List<@NonNull @Valid StatementCommitmentInput> commitments;
    }

    @Type("CreateStatementPayload")
    @Description("The result of createStatement.")
    public record CreateStatementPayload(
            @NonNull
            @Description("The statement as stored, with its id and version 0; its `commitments` are those announced in it.")
            Statement statement) {
    }
}
