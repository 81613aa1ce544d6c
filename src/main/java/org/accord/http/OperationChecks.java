package org.accord.http;

import graphql.GraphQLError;
import graphql.language.Document;
import graphql.language.NodeUtil;
import graphql.language.OperationDefinition;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.ParserOptions;
import io.quarkus.security.identity.SecurityIdentity;
import java.util.List;
import java.util.function.Consumer;
import org.accord.execution.AccessPolicy;
import org.accord.execution.GraphQlErrors;
import org.accord.execution.HttpProblem;
import org.accord.execution.OperationLimits;
import org.accord.execution.ParsedDocuments;
import org.accord.execution.PublishedSchema;
import org.accord.execution.StorableText;
import org.accord.graphql.LimitExceededException;
import org.accord.persisted.PersistedDocumentException;
import org.accord.persisted.PersistedDocuments;

/**
 * The checks every operation passes before it runs, whether it came over HTTP or over a
 * WebSocket, so that no transport runs what another would refuse: the persisted document it
 * names, its syntax within the parser limits, text that cannot be stored, directives Accord does
 * not honour, the transport's own rule, who may run it, and its size. Nothing runs before they pass.
 */
final class OperationChecks {

    /** A request that passed: its document (the persisted one, if it named one), parsed, and the operation to run. */
    record Checked(GraphQlRequest request, Document document, OperationDefinition operation) {
    }

    /**
     * A refusal: the errors to answer with (a request error, with no data), or an HTTP problem
     * (401, 403, 405) whose status HTTP answers with; {@code persistedMiss} when a persisted
     * document was not found, which the client must not cache.
     */
    static final class Refused extends RuntimeException {
        final transient List<GraphQLError> errors;
        final transient HttpProblem problem;
        final boolean persistedMiss;

        private Refused(List<GraphQLError> errors, HttpProblem problem, boolean persistedMiss) {
            super(null, null, false, false);
            this.errors = errors;
            this.problem = problem;
            this.persistedMiss = persistedMiss;
        }

        static Refused with(GraphQLError error) {
            return new Refused(List.of(error), null, false);
        }
    }

    private final ParserOptions parserOptions;
    private final ParsedDocuments documents;
    private final AccessPolicy access;
    private final OperationLimits operationLimits;
    private final PersistedDocuments persisted;

    OperationChecks(ParserOptions parserOptions, AccessPolicy access, OperationLimits operationLimits, PersistedDocuments persisted) {
        this.parserOptions = parserOptions;
        this.documents = new ParsedDocuments(parserOptions);
        this.access = access;
        this.operationLimits = operationLimits;
        this.persisted = persisted;
    }

    /**
     * Runs the checks in order; {@code transportRule} is given the operation (null when the
     * document names none: execution reports that) before who may run it is decided.
     *
     * @throws Refused when a check refuses the request
     */
    Checked check(GraphQlRequest sent, SecurityIdentity identity, Consumer<OperationDefinition> transportRule) {
        GraphQlRequest request;
        try {
            request = sent.withQuery(persisted.resolve(sent.query(), sent.persistedQueryHash(), sent.documentId()));
        } catch (PersistedDocumentException e) {
            throw new Refused(List.of(GraphQlErrors.requestError(e.getMessage(), e.code(), e.reason())), null, true);
        }
        Document document;
        try {
            document = documents.parse(request.query());
        } catch (InvalidSyntaxException e) {
            throw Refused.with(GraphQlErrors.parseError(e, parserOptions));
        }
        GraphQLError refused = StorableText.check(document, request.variables());
        if (refused == null) {
            refused = PublishedSchema.unsupportedDirective(document);
        }
        if (refused != null) {
            throw Refused.with(refused);
        }
        OperationDefinition operation = operation(document, request.operationName());
        try {
            transportRule.accept(operation);
            access.check(identity, operation);
        } catch (HttpProblem problem) {
            throw new Refused(null, problem, false);
        }
        if (operation != null) {
            try {
                operationLimits.check(document, operation, request.variables());
            } catch (LimitExceededException e) {
                throw Refused.with(GraphQlErrors.limitExceeded(e.getMessage()));
            }
        }
        return new Checked(request, document, operation);
    }

    /**
     * The operation to run, or null when the document names no such operation (or has several and
     * no operationName was sent): execution reports that as a request error, so it goes on.
     */
    private static OperationDefinition operation(Document document, String operationName) {
        try {
            return NodeUtil.getOperation(document, operationName).operationDefinition;
        } catch (RuntimeException unknownOperation) {
            return null;
        }
    }
}
