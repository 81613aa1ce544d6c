package org.accord.commitment;

import jakarta.persistence.Entity;
import org.accord.graphql.AccordEntity;

/** An event that kept a commitment, in whole or in part; exposed as Commitment.fulfilledBy and Event.fulfils. */
@Entity
public class Fulfilment extends AccordEntity {

    public Long commitmentId;
    public Long eventId;

    public Fulfilment() {
    }

    public Fulfilment(Long commitmentId, Long eventId) {
        this.commitmentId = commitmentId;
        this.eventId = eventId;
    }

    @Override
    public String typeName() {
        return "Fulfilment";
    }
}
