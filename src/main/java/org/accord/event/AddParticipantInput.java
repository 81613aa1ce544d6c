package org.accord.event;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

@Input("AddParticipantInput")
@Description("An actor's part in an event.")
public class AddParticipantInput {

    @NotBlank
    @Id
    @Description("The Event id.")
    public String event;

    @NotBlank
    @Id
    @Description("The Actor id.")
    public String actor;

    @NotNull
    @Description("The actor's role in the event; an actor has each role in an event at most once.")
    public ParticipationRole role;

    @Description("Whether the actor attended, declined or was only invited; UNKNOWN if not given.")
    public Attendance attendance;
}
