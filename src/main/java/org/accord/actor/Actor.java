package org.accord.actor;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import org.accord.graphql.Citable;
import org.accord.graphql.AccordEntity;
import org.accord.graphql.SearchResult;
import org.accord.graphql.Node;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

@Entity
@Citable
@Description("A state, government body, person, organisation or group that takes part in a process.")
public class Actor extends AccordEntity implements Node, SearchResult {

    public static final String TYPE = "Actor";

    @Column(name = "dossier_key")
    @Description("Stable key given by the dossier that recorded it.")
    public String key;

    @NonNull
    @Enumerated(EnumType.STRING)
    @Description("What kind of actor it is.")
    public ActorKind kind;

    @NonNull
    @Description("The canonical name.")
    public String name;

    /** {@link #name} folded by {@link Names#normalize}, for look-ups that ignore case and accents. */
    @Ignore
    public String normalizedName;

    @Description("ISO 3166-1 alpha-3 code of the actor's country, e.g. ARM.")
    public String countryCode;

    @Description("Who or what the actor is.")
    public String description;

    @PrePersist
    @PreUpdate
    void normalize() {
        normalizedName = Names.normalize(name);
    }

    @Override
    public String typeName() {
        return TYPE;
    }
}
