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
@Description("An actor's part in an event: its role, and whether it attended.")
public class Participation extends AccordEntity implements Node {

    public static final String TYPE = "Participation";

    @Ignore
    public Long eventId;

    @Ignore
    public Long actorId;

    @NonNull
    @Enumerated(EnumType.STRING)
    @Description("The actor's role in the event.")
    public ParticipationRole role;

    @NonNull
    @Enumerated(EnumType.STRING)
    @Description("Whether the actor attended, declined or was only invited.")
    public Attendance attendance;

    @Override
    protected String typeName() {
        return TYPE;
    }
}
