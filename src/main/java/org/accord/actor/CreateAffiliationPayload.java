package org.accord.actor;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("CreateAffiliationPayload")
@Description("The result of createAffiliation.")
public class CreateAffiliationPayload {

    @NonNull
    @Description("The affiliation as stored, with its id and version 0.")
    public Affiliation affiliation;

    public CreateAffiliationPayload(Affiliation affiliation) {
        this.affiliation = affiliation;
    }
}
