package org.accord.process;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import org.accord.graphql.Citable;
import org.accord.graphql.AccordEntity;
import org.accord.graphql.Node;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Entity
@Citable
@Description("A conflict or peace process, grouping its events, statements and commitments.")
public class Process extends AccordEntity implements Node {

    public static final String TYPE = "Process";

    @Column(name = "dossier_key")
    @Description("Stable key given by the dossier that recorded it.")
    public String key;

    @NonNull
    @Description("Its name, e.g. Armenia–Azerbaijan normalisation.")
    public String name;

    @Description("What the process is about.")
    public String description;

    @Override
    public String typeName() {
        return TYPE;
    }
}
