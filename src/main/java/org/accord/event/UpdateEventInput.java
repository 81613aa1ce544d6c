package org.accord.event;

import jakarta.validation.constraints.NotBlank;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

/** The fields of {@link CreateEventInput}, which replace the stored ones, plus the event and its version. */
@Input("UpdateEventInput")
@Description("The new state of an event: every field of createEvent is given again and replaces the stored value, so a field left out is cleared (relations included; participants are changed with addParticipant, updateParticipant and removeParticipant). Read the event first and send it back changed.")
public class UpdateEventInput extends CreateEventInput {

    @NotBlank
    @Id
    @Description("The Event id.")
    public String id;

    @Description("The version the client read; if the stored event is at another version, nothing is changed and the error is CONFLICT.")
    public int expectedVersion;
}
