package org.accord.statement;

import jakarta.persistence.Entity;
import org.accord.graphql.AccordEntity;
import org.accord.graphql.Node;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

@Entity
@Description("Words of a statement, verbatim.")
public class Quote extends AccordEntity implements Node {

    public static final String TYPE = "Quote";

    @Ignore
    public Long statementId;

    @NonNull
    @Description("The words, without quotation marks.")
    public String text;

    @Ignore
    public Long speakerId;

    @Override
    protected String typeName() {
        return TYPE;
    }
}
