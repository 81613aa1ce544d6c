package org.accord.statement;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.accord.security.Roles;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/**
 * Mutations of statements; {@link StatementService} does the work, one transaction each.
 * createStatement is declared in {@code commitment.CreateStatementMutation}: it records the
 * commitments announced in the statement too, and this package may not know commitments.
 * Their payloads are nullable: in a document of several mutations, a failed one is null beside
 * those that committed (MultipleMutationsTest).
 * Their inputs and payloads are nested here: records, except the create and update inputs,
 * which are classes because an update input is the create input plus the record's id and version.
 */
@GraphQLApi
@RolesAllowed(Roles.EDITOR) // also checked per request by http.AccessPolicy; this covers any other route to execution
public class StatementMutations {

    @Inject
    StatementService service;

    @Mutation
    @Description("Replaces a statement's fields, authors and quotes with the given ones (a field left out is cleared). CONFLICT if it is no longer at `expectedVersion`.")
    public UpdateStatementPayload updateStatement(@NonNull @Description("The statement's new state.") UpdateStatementInput input) {
        return new UpdateStatementPayload(service.updateStatement(input));
    }

    @Mutation
    @Description("Deletes a statement with its authorships, quotes and citations. Refused (CONFLICT) while commitments were announced in it or statements respond to it.")
    public DeleteStatementPayload deleteStatement(@NonNull @Description("The statement and its version.") DeleteStatementInput input) {
        return new DeleteStatementPayload(service.deleteStatement(input));
    }

    // ---- inputs and payloads ---------------------------------------------------------------------

    /** The fields createStatement (in {@code commitment.CreateStatementMutation}) and updateStatement share. */
    public abstract static class StatementValues {

        @NotNull
        @Description("What kind of statement it is.")
        public StatementKind kind;

        @Size(max = 20000)
        @Description("What it says, in a few sentences.")
        public String summary;

        @Size(max = 40)
        @Description("When it was made or released, in EDTF: 2023-12-07, 2023-12, /2023-12-08 (by then). Left out when no source dates it, e.g. a claim known only from the report that carries it: an undated statement comes after the dated ones in date order and matches no date filter.")
        public String date;

        @Id
        @Description("The Event id of the event it was issued at.")
        public String event;

        @Id
        @Description("The Statement id of the statement it responds to.")
        public String respondsTo;

        @Id
        @Description("The Process id of the process it belongs to.")
        public String process;

        @Size(max = 100)
        @Id
        @Description("The Actor ids of the actors that made or signed it, each once.")
        public List<@NonNull String> authors;

        @Size(max = 100)
        @Description("Its words, verbatim, in order.")
        public List<@NonNull @Valid QuoteInput> quotes;
    }

    /** The fields of {@link StatementValues}, which replace the stored ones, plus the statement and its version. */
    @Input("UpdateStatementInput")
    @Description("The new state of a statement: every field of createStatement but `citations` is given again and replaces the stored value, so a field left out is cleared (authors and quotes included). Read the statement first and send it back changed.")
    public static class UpdateStatementInput extends StatementValues {

        @NotBlank
        @Id
        @Description("The Statement id.")
        public String id;

        @Description("The version the client read; if the stored statement is at another version, nothing is changed and the error is CONFLICT.")
        public int expectedVersion;
    }

    @Input("QuoteInput")
    @Description("Words of a statement, verbatim.")
    public record QuoteInput(
            @NotBlank
            @Size(max = 20000)
            @Description("The words, without quotation marks.")
            String text,

            @Id
            @Description("The Actor id of who spoke them, when a single actor did.")
            String speaker) {
    }

    @Input("DeleteStatementInput")
    @Description("The statement to delete, at the version the client read.")
    public record DeleteStatementInput(
            @NotBlank
            @Id
            @Description("The Statement id.")
            String id,

            @Description("The version the client read; if the stored statement is at another version, nothing is deleted and the error is CONFLICT.")
            int expectedVersion) {
    }

    @Type("UpdateStatementPayload")
    @Description("The result of updateStatement.")
    public record UpdateStatementPayload(
            @NonNull
            @Description("The statement as stored now, with its new version.")
            Statement statement) {
    }

    @Type("DeleteStatementPayload")
    @Description("The result of deleteStatement.")
    public record DeleteStatementPayload(
            @NonNull
            @Id
            @Description("The id the deleted statement had; it names nothing now.")
            String deletedId) {
    }
}
