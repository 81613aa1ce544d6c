package org.accord.statement;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import org.accord.graphql.Citable;
import org.accord.graphql.AccordEntity;
import org.accord.graphql.Folding;
import org.accord.graphql.TimelineItem;
import org.accord.graphql.SearchResult;
import org.accord.graphql.Node;
import org.accord.graphql.PartialDate;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

@Entity
@Citable
@Description("Something actors said or published: a joint statement, a declaration, a reaction, a claim, an appeal.")
public class Statement extends AccordEntity implements Node, TimelineItem, SearchResult {

    public static final String TYPE = "Statement";

    @Column(name = "dossier_key")
    @Description("Stable key given by the dossier that recorded it.")
    public String key;

    @NonNull
    @Enumerated(EnumType.STRING)
    @Description("What kind of statement it is.")
    public StatementKind kind;

    @Description("What it says, in a few sentences.")
    public String summary;

    @Embedded
    @AttributeOverride(name = "edtf", column = @Column(name = "date_edtf"))
    @AttributeOverride(name = "earliest", column = @Column(name = "date_earliest"))
    @AttributeOverride(name = "latest", column = @Column(name = "date_latest"))
    @Description("When it was made or released; null when no source dates it.")
    public PartialDate date;

    @Ignore
    public Long eventId;

    @Ignore
    public Long respondsToId;

    @Ignore
    public Long processId;


    /** Folded {@link #summary}, for `search`; kept up to date by the entity itself. */
    @Ignore
    public String searchText;

    @PrePersist
    @PreUpdate
    void fold() {
        searchText = Folding.foldAll(summary);
    }

    @Override
    public String typeName() {
        return TYPE;
    }

    /**
     * The rule for {@code respondsTo}: a statement does not respond to itself. The problem in
     * words, or null; the mutations compare ids, the dossier import keys.
     */
    public static <K> String respondsToProblem(K self, K respondsTo) {
        return self != null && self.equals(respondsTo) ? "a statement cannot respond to itself" : null;
    }
}
