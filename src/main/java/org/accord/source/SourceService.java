package org.accord.source;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.accord.graphql.Mutating;
import org.accord.graphql.Dependents;
import org.accord.graphql.Versions;
import org.accord.graphql.AccordEntity;
import org.accord.graphql.ConflictException;
import org.accord.graphql.GlobalId;
import org.accord.graphql.InvalidPartialDateException;
import org.accord.graphql.Node;
import org.accord.graphql.Nodes;
import org.accord.source.SourceMutations.AddCitationInput;
import org.accord.source.SourceMutations.AddCitationPayload;
import org.accord.source.SourceMutations.CreateSourceInput;
import org.accord.source.SourceMutations.DeleteSourceInput;
import org.accord.source.SourceMutations.RemoveCitationInput;
import org.accord.source.SourceMutations.RemoveCitationPayload;
import org.accord.source.SourceMutations.UpdateSourceInput;

/**
 * Writes sources and citations, one transaction per mutation. A source is deleted only when
 * nothing cites it; a citation belongs to the fact it cites and is removed on its own or with it.
 */
@ApplicationScoped
@Mutating
public class SourceService {

    public Source createSource(CreateSourceInput input) {
        Source source = new Source();
        // dossier_key is required: API-made sources get a key of their own, which no dossier uses.
        source.key = "api.source." + UUID.randomUUID();
        return save(source, input);
    }

    public Source updateSource(UpdateSourceInput input) {
        return save(Versions.require(Source.class, input.id, input.expectedVersion), input);
    }

    public String deleteSource(DeleteSourceInput input) {
        Source source = Versions.require(Source.class, input.id(), input.expectedVersion());
        long citations = Panache.getEntityManager().createQuery("select count(c) from Citation c where c.sourceId = :id", Long.class)
                .setParameter("id", source.pk).getSingleResult();
        Dependents.of(source, source.title)
                .add(citations, "citation", "citations")
                .refuseDeletion("remove them first (removeCitation)");
        source.delete();
        return source.getId();
    }

    public AddCitationPayload addCitation(AddCitationInput input) {
        AccordEntity subject = Nodes.require(input.subject, "input.subject");
        String subjectType = GlobalId.decode(input.subject).type();
        Citations.requireCitable(subjectType, "input.subject");
        Source source = Nodes.require(Source.class, input.source, "input.source");
        Citation citation = new Citation(subject, source.pk, input.excerpt, input.locator);
        citation.persist();
        return new AddCitationPayload(citation, (Node) subject);
    }

    public RemoveCitationPayload removeCitation(RemoveCitationInput input) {
        Citation citation = Nodes.require(Citation.class, input.citation(), "input.citation");
        Versions.check(citation, input.expectedVersion());
        Node subject = (Node) Nodes.find(GlobalId.encode(citation.subjectType, citation.subjectId));
        citation.delete();
        return new RemoveCitationPayload(citation.getId(), subject);
    }

    /** Writes the input into a new or stored source. */
    private static Source save(Source source, CreateSourceInput input) {
        if (input.url != null) {
            Long holder = Panache.getEntityManager().createQuery("select s.pk from Source s where s.url = :url", Long.class)
                    .setParameter("url", input.url).getResultStream().findFirst().orElse(null);
            if (holder != null && !holder.equals(source.pk)) {
                throw new ConflictException("input.url: " + input.url + " is already stored as Source " + GlobalId.encode(Source.TYPE, holder));
            }
        }
        source.publisher = input.publisher;
        source.title = input.title;
        source.url = input.url;
        source.published = InvalidPartialDateException.parseField("input.published", input.published);
        source.language = input.language;
        source.persist(); // a stored source is managed already, and persist leaves it as it is
        return source;
    }
}
