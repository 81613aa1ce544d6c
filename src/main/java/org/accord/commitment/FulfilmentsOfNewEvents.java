package org.accord.commitment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.accord.event.EventRecorded;
import org.accord.graphql.Nodes;

/** Links a new event to the commitments createEvent says it kept, in the event's transaction. */
@ApplicationScoped
public class FulfilmentsOfNewEvents {

    void link(@Observes EventRecorded recorded) {
        // Each id must name a commitment, and none twice (checked in one query).
        for (long commitment : Nodes.requireAll(Commitment.class, recorded.fulfils(), recorded.field())) {
            new Fulfilment(commitment, recorded.event().pk).persist();
        }
    }
}
