package org.accord.actor;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import org.accord.graphql.AccordEntity;
import org.accord.graphql.Node;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

@Entity
@Description("The actor's identifier in another dataset, e.g. WIKIDATA Q399 for Armenia.")
public class ExternalId extends AccordEntity implements Node {

    public static final String TYPE = "ExternalId";

    @Ignore
    public Long actorId;

    @NonNull
    @Description("The dataset: WIKIDATA, ISO3166, CAMEO, ...")
    public String scheme;

    @NonNull
    @Column(name = "identifier")
    @Description("The identifier within that dataset.")
    public String value;

    @Override
    public String typeName() {
        return TYPE;
    }
}
