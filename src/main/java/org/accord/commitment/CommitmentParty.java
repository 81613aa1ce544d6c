package org.accord.commitment;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.accord.graphql.AccordEntity;

/** Links a commitment to an obligor or a beneficiary; exposed as Commitment.obligors / beneficiaries. */
@Entity
public class CommitmentParty extends AccordEntity {

    public Long commitmentId;
    public Long actorId;

    @Enumerated(EnumType.STRING)
    public CommitmentSide side;

    public CommitmentParty() {
    }

    public CommitmentParty(Long commitmentId, Long actorId, CommitmentSide side) {
        this.commitmentId = commitmentId;
        this.actorId = actorId;
        this.side = side;
    }

    @Override
    public String typeName() {
        return "CommitmentParty";
    }
}
