package org.accord.statement;

import org.accord.graphql.Edge;
import org.eclipse.microprofile.graphql.Description;

@Description("A statement in a page, with its cursor.")
public class StatementEdge extends Edge<Statement> {
    StatementEdge(String cursor, Statement node) {
        super(cursor, node);
    }
}
