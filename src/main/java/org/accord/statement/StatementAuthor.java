package org.accord.statement;

import jakarta.persistence.Entity;
import org.accord.graphql.AccordEntity;

/** Links a statement to one of its authors; not exposed as a GraphQL type (see Statement.authors). */
@Entity
public class StatementAuthor extends AccordEntity {

    public Long statementId;
    public Long actorId;

    public StatementAuthor() {
    }

    public StatementAuthor(Long statementId, Long actorId) {
        this.statementId = statementId;
        this.actorId = actorId;
    }

    @Override
    public String typeName() {
        return "StatementAuthor";
    }
}
