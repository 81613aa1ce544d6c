package org.accord.event;

import jakarta.validation.constraints.NotBlank;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

@Input("RemoveParticipantInput")
@Description("The participation to remove, at the version the client read.")
public class RemoveParticipantInput {

    @NotBlank
    @Id
    @Description("The Participation id (from `Event.participants` or `Actor.participations`).")
    public String participation;

    @Description("The version the client read; if the stored participation is at another version, nothing is removed and the error is CONFLICT.")
    public int expectedVersion;
}
