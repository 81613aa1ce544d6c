package org.accord.actor;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("UpdateAffiliationPayload")
@Description("The result of updateAffiliation.")
public class UpdateAffiliationPayload {

    @NonNull
    @Description("The affiliation as stored now, with its new version.")
    public Affiliation affiliation;

    public UpdateAffiliationPayload(Affiliation affiliation) {
        this.affiliation = affiliation;
    }
}
