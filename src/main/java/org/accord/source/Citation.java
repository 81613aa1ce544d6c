package org.accord.source;

import jakarta.persistence.Entity;
import java.util.List;
import org.accord.graphql.AccordEntity;
import org.accord.graphql.Batch;
import org.accord.graphql.Node;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;

/**
 * Ties one fact (any record: ids are unique across tables) to a source, with the sentence that
 * supports it.
 */
@Entity
@Description("The source of a fact, with the sentence that supports it and where it stands.")
public class Citation extends AccordEntity implements Node {

    public static final String TYPE = "Citation";

    @Ignore
    public Long sourceId;

    /** GraphQL type name of the cited record, for readers of the table; ids alone are unique. */
    @Ignore
    public String subjectType;

    @Ignore
    public Long subjectId;

    @Description("The sentence of the source that supports the fact, verbatim.")
    public String excerpt;

    @Description("Where in the source: a paragraph, a page, a section.")
    public String locator;

    public Citation() {
    }

    public Citation(AccordEntity subject, long sourceId, String excerpt, String locator) {
        this.subjectId = subject.pk;
        this.subjectType = subject.typeName();
        this.sourceId = sourceId;
        this.excerpt = excerpt;
        this.locator = locator;
    }

    /** The citations of each subject, in the order of the subjects: one query for all. */
    public static List<List<Citation>> of(List<? extends AccordEntity> subjects) {
        List<Citation> all = Batch.list("from Citation e where any_equals(:ids, e.subjectId) order by e.pk", Citation.class, subjects);
        return Batch.group(subjects, all, c -> c.subjectId);
    }

    @Override
    public String typeName() {
        return TYPE;
    }
}
