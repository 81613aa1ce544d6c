package org.accord.actor;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import org.accord.graphql.AccordEntity;
import org.accord.graphql.Node;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

@Entity
@Description("Another name of an actor: an official or short form, an alias, a metonym (Baku for the government of Azerbaijan) or a transliteration.")
public class ActorName extends AccordEntity implements Node {

    public static final String TYPE = "ActorName";

    @Ignore
    public Long actorId;

    @NonNull
    @Column(name = "name")
    @Description("The name as written.")
    public String value;

    @Ignore
    public String normalizedName;

    @NonNull
    @Enumerated(EnumType.STRING)
    @Description("What kind of name it is.")
    public NameKind kind;

    @Description("Its language, as a BCP 47 tag, when it matters.")
    public String language;

    @PrePersist
    @PreUpdate
    void normalize() {
        normalizedName = Names.normalize(value);
    }

    @Override
    public String typeName() {
        return TYPE;
    }
}
