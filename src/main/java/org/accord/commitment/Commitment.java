package org.accord.commitment;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import org.accord.graphql.Citable;
import org.accord.graphql.AccordEntity;
import org.accord.graphql.Folding;
import org.accord.graphql.SearchResult;
import org.accord.graphql.Node;
import org.accord.graphql.PartialDate;
import org.accord.graphql.Quantity;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

/** A promise, kept apart from the events that keep it (PLOVER: the promise is AGREE, the release RETREAT). */
@Entity
@Citable
@Description("A promise made by one or more actors, kept apart from the events that keep it.")
public class Commitment extends AccordEntity implements Node, SearchResult {

    public static final String TYPE = "Commitment";

    @Column(name = "dossier_key")
    @Description("Stable key given by the dossier that recorded it.")
    public String key;

    @NonNull
    @Enumerated(EnumType.STRING)
    @Description("What kind of promise it is.")
    public CommitmentKind kind;

    @NonNull
    @Description("What was promised.")
    public String description;

    @NonNull
    @Enumerated(EnumType.STRING)
    @Description("Where it stands now; `history` says since when and on what source.")
    public CommitmentStatus status;

    @Embedded
    @AttributeOverride(name = "amount", column = @Column(name = "quantity_amount"))
    @AttributeOverride(name = "unit", column = @Column(name = "quantity_unit"))
    @AttributeOverride(name = "qualifier", column = @Column(name = "quantity_qualifier"))
    @Description("How much was promised, e.g. EXACT 32 servicemen.")
    public Quantity quantity;

    @Embedded
    @AttributeOverride(name = "edtf", column = @Column(name = "deadline_edtf"))
    @AttributeOverride(name = "earliest", column = @Column(name = "deadline_earliest"))
    @AttributeOverride(name = "latest", column = @Column(name = "deadline_latest"))
    @Description("By when it was to be kept, e.g. 2023 for \"by the end of the year\".")
    public PartialDate deadline;

    @Ignore
    public Long madeAtEventId;

    @Ignore
    public Long statementId;

    @Ignore
    public Long processId;

    /** True when the deadline's last day is before {@code asOf} and the status is not final. */
    @Ignore
    public boolean isOverdue(LocalDate asOf) {
        return deadline != null && deadline.getLatest().isBefore(asOf) && !status.isFinal();
    }


    /** Folded {@link #description}, for `search`; kept up to date by the entity itself. */
    @Ignore
    public String searchText;

    @PrePersist
    @PreUpdate
    void fold() {
        searchText = Folding.foldAll(description);
    }

    @Override
    public String typeName() {
        return TYPE;
    }
}
