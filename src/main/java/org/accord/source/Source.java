package org.accord.source;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import org.accord.graphql.AccordEntity;
import org.accord.graphql.Node;
import org.accord.graphql.PartialDate;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Entity
@Description("A document that reports facts: a news story, an official text, a fact sheet.")
public class Source extends AccordEntity implements Node {

    public static final String TYPE = "Source";

    @Column(name = "dossier_key")
    @Description("Stable key given by the dossier that recorded it.")
    public String key;

    @NonNull
    @Description("Who published it: BBC, AzerNews, the US State Department.")
    public String publisher;

    @NonNull
    @Description("Its title, or a short description when it has none.")
    public String title;

    @Description("Where it can be read.")
    public String url;

    @Embedded
    @AttributeOverride(name = "edtf", column = @Column(name = "published_edtf"))
    @AttributeOverride(name = "earliest", column = @Column(name = "published_earliest"))
    @AttributeOverride(name = "latest", column = @Column(name = "published_latest"))
    @Description("When it was published.")
    public PartialDate published;

    @Description("Its language, as a BCP 47 tag (en, it).")
    public String language;

    @Override
    public String typeName() {
        return TYPE;
    }
}
