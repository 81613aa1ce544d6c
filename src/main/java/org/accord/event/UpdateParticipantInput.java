package org.accord.event;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

@Input("UpdateParticipantInput")
@Description("A participation's new role and attendance.")
public class UpdateParticipantInput {

    @NotBlank
    @Id
    @Description("The Participation id.")
    public String participation;

    @Description("The version the client read; if the stored participation is at another version, nothing is changed and the error is CONFLICT.")
    public int expectedVersion;

    @NotNull
    @Description("The actor's role in the event.")
    public ParticipationRole role;

    @NotNull
    @Description("Whether the actor attended, declined or was only invited.")
    public Attendance attendance;
}
