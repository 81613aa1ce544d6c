package org.accord.event;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("UpdateEventPayload")
@Description("The result of updateEvent.")
public class UpdateEventPayload {

    @NonNull
    @Description("The event as stored now, with its new version.")
    public Event event;

    public UpdateEventPayload(Event event) {
        this.event = event;
    }
}
