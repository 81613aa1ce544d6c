package org.accord.actor;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import org.accord.graphql.Citable;
import org.accord.graphql.AccordEntity;
import org.accord.graphql.Node;
import org.accord.graphql.PartialDate;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

@Entity
@Citable
@Description("A position one actor holds in another for a time: Pashinyan, Prime Minister, in Armenia's government.")
public class Affiliation extends AccordEntity implements Node {

    public static final String TYPE = "Affiliation";

    @Column(name = "dossier_key")
    @Description("Stable key given by the dossier that recorded it.")
    public String key;

    @Ignore
    public Long actorId;

    @Ignore
    public Long organizationId;

    @NonNull
    @Description("The position held, e.g. Prime Minister.")
    public String position;

    @Embedded
    @AttributeOverride(name = "edtf", column = @Column(name = "start_edtf"))
    @AttributeOverride(name = "earliest", column = @Column(name = "start_earliest"))
    @AttributeOverride(name = "latest", column = @Column(name = "start_latest"))
    @Description("When the position began, if a source says.")
    public PartialDate start;

    @Embedded
    @AttributeOverride(name = "edtf", column = @Column(name = "end_edtf"))
    @AttributeOverride(name = "earliest", column = @Column(name = "end_earliest"))
    @AttributeOverride(name = "latest", column = @Column(name = "end_latest"))
    @Description("When the position ended, if it has and a source says.")
    public PartialDate end;

    @Override
    public String typeName() {
        return TYPE;
    }

    /** The rule for a position: an actor may not hold one in itself. The problem in words, or null. */
    public static String holderProblem(Object actor, Object organization) {
        return actor != null && actor.equals(organization) ? "an actor cannot hold a position in itself" : null;
    }
}
