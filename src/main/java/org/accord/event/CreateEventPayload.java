package org.accord.event;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("CreateEventPayload")
@Description("The result of createEvent.")
public class CreateEventPayload {

    @NonNull
    @Description("The event as stored, with its id and version 0.")
    public Event event;

    public CreateEventPayload(Event event) {
        this.event = event;
    }
}
