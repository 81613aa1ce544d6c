package org.accord.commitment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.accord.event.EventRecorded;
import org.accord.graphql.BadUserInputException;
import org.accord.graphql.Nodes;

/** Links a new event to the commitments createEvent says it kept, in the event's transaction. */
@ApplicationScoped
public class FulfilmentsOfNewEvents {

    void link(@Observes EventRecorded recorded) {
        List<String> ids = recorded.fulfils();
        Map<Long, Integer> seen = new HashMap<>();
        for (int i = 0; ids != null && i < ids.size(); i++) {
            String field = recorded.field() + "[" + i + "]";
            Commitment commitment = Nodes.require(Commitment.class, ids.get(i), field);
            Integer earlier = seen.putIfAbsent(commitment.pk, i);
            if (earlier != null) {
                throw new BadUserInputException(field + ": names the same commitment as " + recorded.field() + "[" + earlier + "]");
            }
            new Fulfilment(commitment.pk, recorded.event().pk).persist();
        }
    }
}
