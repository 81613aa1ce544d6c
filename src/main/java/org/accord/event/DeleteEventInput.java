package org.accord.event;

import jakarta.validation.constraints.NotBlank;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

@Input("DeleteEventInput")
@Description("The event to delete, at the version the client read.")
public class DeleteEventInput {

    @NotBlank
    @Id
    @Description("The Event id.")
    public String id;

    @Description("The version the client read; if the stored event is at another version, nothing is deleted and the error is CONFLICT.")
    public int expectedVersion;
}
