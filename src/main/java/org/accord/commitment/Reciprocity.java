package org.accord.commitment;

import jakarta.persistence.Entity;
import org.accord.graphql.AccordEntity;

/**
 * Two commitments given in return for each other (Baku's release of 32 for Yerevan's release of
 * two). Stored once per pair, lower id first; exposed as Commitment.reciprocalTo on both.
 */
@Entity
public class Reciprocity extends AccordEntity {

    public Long commitmentId;
    public Long otherId;

    public Reciprocity() {
    }

    public Reciprocity(long a, long b) {
        this.commitmentId = Math.min(a, b);
        this.otherId = Math.max(a, b);
    }

    @Override
    public String typeName() {
        return "Reciprocity";
    }
}
