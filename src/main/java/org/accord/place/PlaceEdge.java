package org.accord.place;

import org.accord.graphql.Edge;
import org.eclipse.microprofile.graphql.Description;

@Description("A place in a page, with its cursor.")
public class PlaceEdge extends Edge<Place> {
    PlaceEdge(String cursor, Place node) {
        super(cursor, node);
    }
}
