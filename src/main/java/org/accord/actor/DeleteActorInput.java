package org.accord.actor;

import jakarta.validation.constraints.NotBlank;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

@Input("DeleteActorInput")
@Description("The actor to delete, at the version the client read.")
public class DeleteActorInput {

    @NotBlank
    @Id
    @Description("The Actor id.")
    public String id;

    @Description("The version the client read; if the stored actor is at another version, nothing is deleted and the error is CONFLICT.")
    public int expectedVersion;
}
