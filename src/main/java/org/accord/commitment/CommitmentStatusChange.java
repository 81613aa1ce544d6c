package org.accord.commitment;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.accord.graphql.Citable;
import org.accord.graphql.AccordEntity;
import org.accord.graphql.TimelineItem;
import org.accord.graphql.Node;
import org.accord.graphql.PartialDate;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

@Entity
@Citable
@Description("A dated, sourced change of a commitment's status.")
public class CommitmentStatusChange extends AccordEntity implements Node, TimelineItem {

    public static final String TYPE = "CommitmentStatusChange";

    @Ignore
    public Long commitmentId;

    /**
     * A copy of the commitment's process: the process timeline pages and counts its status
     * changes from one index of this table (V8 migration). Set by {@link #follow}, kept equal by
     * {@link #commitmentChanged}.
     */
    @Ignore
    public Long processId;

    @NonNull
    @Enumerated(EnumType.STRING)
    @Description("The status from this date on.")
    public CommitmentStatus status;

    /**
     * Never null (recordCommitmentStatus requires it), but nullable in the schema: a timeline query
     * asks `date` of statements, which may be undated, and of status changes in one selection, and
     * GraphQL refuses two fields of one name with different nullability there (FieldsConflict).
     */
    @Embedded
    @AttributeOverride(name = "edtf", column = @Column(name = "date_edtf"))
    @AttributeOverride(name = "earliest", column = @Column(name = "date_earliest"))
    @AttributeOverride(name = "latest", column = @Column(name = "date_latest"))
    @Description("When the status changed; always given (nullable only so that a timeline selection can ask `date` of statements, which may be undated, and of status changes alike).")
    public PartialDate date;

    @Description("Why, in a sentence.")
    public String note;

    /** Makes this a change of {@code commitment}, copying its process. */
    public void follow(Commitment commitment) {
        commitmentId = commitment.pk;
        processId = commitment.processId;
    }

    /** Brings the process copies of the commitment's changes up to date after it changed. */
    public static void commitmentChanged(Commitment commitment) {
        Panache.getEntityManager()
                .createQuery("update CommitmentStatusChange h set h.processId = :process where h.commitmentId = :id"
                        + " and (h.processId is distinct from :process)")
                .setParameter("process", commitment.processId).setParameter("id", commitment.pk)
                .executeUpdate();
    }

    @Override
    public String typeName() {
        return TYPE;
    }
}
