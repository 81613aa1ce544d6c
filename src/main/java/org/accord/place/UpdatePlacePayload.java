package org.accord.place;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("UpdatePlacePayload")
@Description("The result of updatePlace.")
public class UpdatePlacePayload {

    @NonNull
    @Description("The place as stored now, with its new version.")
    public Place place;

    public UpdatePlacePayload(Place place) {
        this.place = place;
    }
}
