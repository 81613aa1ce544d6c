package org.accord.source;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("UpdateSourcePayload")
@Description("The result of updateSource.")
public class UpdateSourcePayload {

    @NonNull
    @Description("The source as stored now, with its new version.")
    public Source source;

    public UpdateSourcePayload(Source source) {
        this.source = source;
    }
}
