package org.accord.event;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("RemoveParticipantPayload")
@Description("The result of removeParticipant.")
public class RemoveParticipantPayload {

    @NonNull
    @Id
    @Description("The id the removed participation had.")
    public String removedParticipationId;

    @NonNull
    @Description("The event it was part of.")
    public Event event;

    public RemoveParticipantPayload(String removedParticipationId, Event event) {
        this.removedParticipationId = removedParticipationId;
        this.event = event;
    }
}
