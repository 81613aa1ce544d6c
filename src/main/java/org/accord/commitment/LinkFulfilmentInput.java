package org.accord.commitment;

import jakarta.validation.constraints.NotBlank;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

@Input("LinkFulfilmentInput")
@Description("An event that kept a commitment, in whole or in part.")
public class LinkFulfilmentInput {

    @NotBlank
    @Id
    @Description("The Commitment id.")
    public String commitment;

    @NotBlank
    @Id
    @Description("The Event id.")
    public String event;
}
