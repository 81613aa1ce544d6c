package org.accord.event;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("UpdateParticipantPayload")
@Description("The result of updateParticipant.")
public class UpdateParticipantPayload {

    @NonNull
    @Description("The participation as stored now, with its new version.")
    public Participation participation;

    public UpdateParticipantPayload(Participation participation) {
        this.participation = participation;
    }
}
