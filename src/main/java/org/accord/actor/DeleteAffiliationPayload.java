package org.accord.actor;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("DeleteAffiliationPayload")
@Description("The result of deleteAffiliation.")
public class DeleteAffiliationPayload {

    @NonNull
    @Id
    @Description("The id the deleted affiliation had; it names nothing now.")
    public String deletedId;

    public DeleteAffiliationPayload(String deletedId) {
        this.deletedId = deletedId;
    }
}
