package org.accord.event;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.accord.graphql.AccordEntity;
import org.accord.graphql.Node;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

@Entity
@Description("A link from one event to another: this event CAUSED or FOLLOWED the other.")
public class EventRelation extends AccordEntity implements Node {

    public static final String TYPE = "EventRelation";

    @NonNull
    @Enumerated(EnumType.STRING)
    @Description("How the events are linked.")
    public RelationKind kind;

    @Ignore
    public Long fromEventId;

    @Ignore
    public Long toEventId;

    @Override
    public String typeName() {
        return TYPE;
    }

    @Description("How one event relates to another.")
    public enum RelationKind {
        @Description("This event caused the other: the offensive led to the flight of over 100,000 people.") CAUSED,
        @Description("This event came after the other, in its wake.") FOLLOWED
    }
}
