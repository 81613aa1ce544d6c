package org.accord.commitment;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.accord.graphql.AccordEntity;
import org.accord.process.TimelineItem;
import org.accord.graphql.Node;
import org.accord.graphql.PartialDate;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

@Entity
@Description("A dated, sourced change of a commitment's status.")
public class CommitmentStatusChange extends AccordEntity implements Node, TimelineItem {

    public static final String TYPE = "CommitmentStatusChange";

    @Ignore
    public Long commitmentId;

    @NonNull
    @Enumerated(EnumType.STRING)
    @Description("The status from this date on.")
    public CommitmentStatus status;

    @NonNull
    @Embedded
    @AttributeOverride(name = "edtf", column = @Column(name = "date_edtf"))
    @AttributeOverride(name = "earliest", column = @Column(name = "date_earliest"))
    @AttributeOverride(name = "latest", column = @Column(name = "date_latest"))
    @Description("When the status changed.")
    public PartialDate date;

    @Description("Why, in a sentence.")
    public String note;

    @Override
    protected String typeName() {
        return TYPE;
    }
}
