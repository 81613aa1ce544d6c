package org.accord.statement;

import jakarta.persistence.Entity;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import org.accord.graphql.AccordEntity;
import org.accord.graphql.Folding;
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


    /** Folded {@link #text}, for `search`; kept up to date by the entity itself. */
    @Ignore
    public String searchText;

    @PrePersist
    @PreUpdate
    void fold() {
        searchText = Folding.foldAll(text);
    }

    @Override
    public String typeName() {
        return TYPE;
    }
}
