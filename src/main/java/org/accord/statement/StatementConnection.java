package org.accord.statement;

import org.accord.graphql.Connection;
import org.eclipse.microprofile.graphql.Description;

@Description("A page of statements.")
public class StatementConnection extends Connection<Statement, StatementEdge> {
    @Override
    protected StatementEdge edge(String cursor, Statement node) {
        return new StatementEdge(cursor, node);
    }
}
