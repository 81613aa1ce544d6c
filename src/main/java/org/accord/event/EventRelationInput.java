package org.accord.event;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

@Input("EventRelationInput")
@Description("A link from the event being written to another event.")
public class EventRelationInput {

    @NotNull
    @Description("How the events are linked: this event CAUSED or FOLLOWED the other.")
    public EventRelation.RelationKind kind;

    @NotBlank
    @Id
    @Description("The Event id of the other event.")
    public String event;
}
