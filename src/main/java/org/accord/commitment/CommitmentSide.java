package org.accord.commitment;

import org.eclipse.microprofile.graphql.Description;

@Description("An actor's side of a commitment.")
public enum CommitmentSide {
    @Description("It made the promise.") OBLIGOR,
    @Description("The promise is to its benefit.") BENEFICIARY
}
