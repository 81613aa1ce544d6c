package org.accord.event;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("AddParticipantPayload")
@Description("The result of addParticipant.")
public class AddParticipantPayload {

    @NonNull
    @Description("The participation as stored.")
    public Participation participation;

    @NonNull
    @Description("The event, whose `participants` now include it.")
    public Event event;

    public AddParticipantPayload(Participation participation, Event event) {
        this.participation = participation;
        this.event = event;
    }
}
