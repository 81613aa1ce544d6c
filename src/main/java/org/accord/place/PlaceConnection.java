package org.accord.place;

import org.accord.graphql.Connection;
import org.eclipse.microprofile.graphql.Description;

@Description("A page of places.")
public class PlaceConnection extends Connection<Place, PlaceEdge> {
    @Override
    protected PlaceEdge edge(String cursor, Place node) {
        return new PlaceEdge(cursor, node);
    }
}
