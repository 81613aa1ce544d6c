package org.accord.source;

import org.accord.graphql.Node;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("AddCitationPayload")
@Description("The result of addCitation.")
public class AddCitationPayload {

    @NonNull
    @Description("The citation as stored.")
    public Citation citation;

    @NonNull
    @Description("The fact it cites; its `sources` now include the citation.")
    public Node subject;

    public AddCitationPayload(Citation citation, Node subject) {
        this.citation = citation;
        this.subject = subject;
    }
}
