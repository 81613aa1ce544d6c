package org.accord.commitment;

import org.accord.event.Event;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("LinkFulfilmentPayload")
@Description("The result of linkFulfilment.")
public class LinkFulfilmentPayload {

    @NonNull
    @Description("The commitment, whose `fulfilledBy` now includes the event.")
    public Commitment commitment;

    @NonNull
    @Description("The event, whose `fulfils` now includes the commitment.")
    public Event event;

    public LinkFulfilmentPayload(Commitment commitment, Event event) {
        this.commitment = commitment;
        this.event = event;
    }
}
