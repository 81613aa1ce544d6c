package org.accord.place;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("CreatePlacePayload")
@Description("The result of createPlace.")
public class CreatePlacePayload {

    @NonNull
    @Description("The place as stored, with its id and version 0.")
    public Place place;

    public CreatePlacePayload(Place place) {
        this.place = place;
    }
}
