package org.accord.commitment;

import jakarta.validation.constraints.NotBlank;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

@Input("UnlinkFulfilmentInput")
@Description("A fulfilment link to remove: the event did not keep the commitment after all.")
public class UnlinkFulfilmentInput {

    @NotBlank
    @Id
    @Description("The Commitment id.")
    public String commitment;

    @NotBlank
    @Id
    @Description("The Event id.")
    public String event;
}
