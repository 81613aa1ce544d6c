package org.accord.source;

import org.accord.graphql.Node;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("RemoveCitationPayload")
@Description("The result of removeCitation.")
public class RemoveCitationPayload {

    @NonNull
    @Id
    @Description("The id the removed citation had.")
    public String removedCitationId;

    @Description("The fact it cited.")
    public Node subject;

    public RemoveCitationPayload(String removedCitationId, Node subject) {
        this.removedCitationId = removedCitationId;
        this.subject = subject;
    }
}
