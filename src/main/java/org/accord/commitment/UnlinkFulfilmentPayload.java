package org.accord.commitment;

import org.accord.event.Event;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("UnlinkFulfilmentPayload")
@Description("The result of unlinkFulfilment.")
public class UnlinkFulfilmentPayload {

    @NonNull
    @Description("The commitment, whose `fulfilledBy` no longer includes the event.")
    public Commitment commitment;

    @NonNull
    @Description("The event, whose `fulfils` no longer includes the commitment.")
    public Event event;

    public UnlinkFulfilmentPayload(Commitment commitment, Event event) {
        this.commitment = commitment;
        this.event = event;
    }
}
