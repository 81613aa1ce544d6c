package org.accord.source;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("CreateSourcePayload")
@Description("The result of createSource.")
public class CreateSourcePayload {

    @NonNull
    @Description("The source as stored, with its id and version 0.")
    public Source source;

    public CreateSourcePayload(Source source) {
        this.source = source;
    }
}
