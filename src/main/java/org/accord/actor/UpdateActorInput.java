package org.accord.actor;

import jakarta.validation.constraints.NotBlank;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

/** The fields of {@link CreateActorInput}, which replace the stored ones, plus the actor and its version. */
@Input("UpdateActorInput")
@Description("The new state of an actor: every field of createActor is given again and replaces the stored value, so a field left out is cleared (names and externalIds included). Read the actor first and send it back changed.")
public class UpdateActorInput extends CreateActorInput {

    @NotBlank
    @Id
    @Description("The Actor id.")
    public String id;

    @Description("The version the client read; if the stored actor is at another version, nothing is changed and the error is CONFLICT.")
    public int expectedVersion;
}
