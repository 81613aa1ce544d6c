package org.accord.process;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("DeleteProcessPayload")
@Description("The result of deleteProcess.")
public class DeleteProcessPayload {

    @NonNull
    @Id
    @Description("The id the deleted process had; it names nothing now.")
    public String deletedId;

    public DeleteProcessPayload(String deletedId) {
        this.deletedId = deletedId;
    }
}
