package org.accord.live;

import org.accord.commitment.CommitmentStatusChange;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** One item of {@code commitmentStatusChanged}. */
@Type("CommitmentStatusChanged")
@Description("A change of a commitment's status, committed, with the cursor to resume after it.")
public record CommitmentStatusChanged(
        @NonNull
        @Description("The change, as stored; its `commitment` has the status it led to.")
        CommitmentStatusChange change,

        @NonNull
        @Description("Pass it as `after` when subscribing again to receive what was committed after this change, and nothing twice.")
        String cursor) {
}
