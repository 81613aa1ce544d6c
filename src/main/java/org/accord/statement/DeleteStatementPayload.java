package org.accord.statement;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("DeleteStatementPayload")
@Description("The result of deleteStatement.")
public class DeleteStatementPayload {

    @NonNull
    @Id
    @Description("The id the deleted statement had; it names nothing now.")
    public String deletedId;

    public DeleteStatementPayload(String deletedId) {
        this.deletedId = deletedId;
    }
}
