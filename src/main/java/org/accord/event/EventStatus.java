package org.accord.event;

import org.eclipse.microprofile.graphql.Description;

@Description("Whether an event took place.")
public enum EventStatus {
    @Description("Proposed, not yet agreed or held.") PROPOSED,
    @Description("Agreed and dated, not yet held.") SCHEDULED,
    @Description("It took place.") HELD,
    @Description("It was called off.") CANCELLED
}
