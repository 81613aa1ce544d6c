package org.accord.source;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.util.UUID;
import org.accord.graphql.AccordEntity;
import org.accord.graphql.BadUserInputException;
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
import org.accord.source.SourceMutations.SourceValues;
import org.accord.source.SourceMutations.UpdateSourceInput;

/**
 * Writes sources and citations, one transaction per mutation. A source is deleted only when
 * nothing cites it; a citation belongs to the fact it cites and is removed on its own or with it.
 */
@ApplicationScoped
public class SourceService {

    @Inject
    Validator validator;

    @Transactional
    public Source createSource(CreateSourceInput input) {
        BadUserInputException.validate(validator, input);
        Source source = new Source();
        set(source, input);
        // dossier_key is required: API-made sources get a key of their own, which no dossier uses.
        source.key = "api.source." + UUID.randomUUID();
        source.persist();
        ConflictException.flush();
        return source;
    }

    @Transactional
    public Source updateSource(UpdateSourceInput input) {
        BadUserInputException.validate(validator, input);
        Source source = Nodes.require(Source.class, input.id(), "input.id");
        ConflictException.requireVersion(source, input.expectedVersion());
        set(source, input);
        ConflictException.flush();
        return source;
    }

    @Transactional
    public String deleteSource(DeleteSourceInput input) {
        BadUserInputException.validate(validator, input);
        Source source = Nodes.require(Source.class, input.id(), "input.id");
        ConflictException.requireVersion(source, input.expectedVersion());
        long citations = Panache.getEntityManager().createQuery("select count(c) from Citation c where c.sourceId = :id", Long.class)
                .setParameter("id", source.pk).getSingleResult();
        ConflictException.dependents(Source.TYPE + " " + source.getId() + " ('" + source.title + "')")
                .add(citations, "citation", "citations")
                .refuseDeletion("remove them first (removeCitation)");
        source.delete();
        ConflictException.flush();
        return source.getId();
    }

    @Transactional
    public AddCitationPayload addCitation(AddCitationInput input) {
        BadUserInputException.validate(validator, input);
        AccordEntity subject = Nodes.require(input.subject(), "input.subject");
        String subjectType = GlobalId.decode(input.subject()).type();
        Citations.requireCitable(subjectType, "input.subject");
        Source source = Nodes.require(Source.class, input.source(), "input.source");
        Citation citation = new Citation(subject, source.pk, input.excerpt(), input.locator());
        citation.persist();
        ConflictException.flush();
        return new AddCitationPayload(citation, (Node) subject);
    }

    @Transactional
    public RemoveCitationPayload removeCitation(RemoveCitationInput input) {
        BadUserInputException.validate(validator, input);
        Citation citation = Nodes.require(Citation.class, input.citation(), "input.citation");
        ConflictException.requireVersion(citation, input.expectedVersion());
        Node subject = (Node) Nodes.find(GlobalId.encode(citation.subjectType, citation.subjectId));
        citation.delete();
        ConflictException.flush();
        return new RemoveCitationPayload(citation.getId(), subject);
    }

    private static void set(Source source, SourceValues input) {
        if (input.url() != null) {
            Long holder = Panache.getEntityManager().createQuery("select s.pk from Source s where s.url = :url", Long.class)
                    .setParameter("url", input.url()).getResultStream().findFirst().orElse(null);
            if (holder != null && !holder.equals(source.pk)) {
                throw new ConflictException("input.url: " + input.url() + " is already stored as Source " + GlobalId.encode(Source.TYPE, holder));
            }
        }
        source.publisher = input.publisher();
        source.title = input.title();
        source.url = input.url();
        source.published = InvalidPartialDateException.parseField("input.published", input.published());
        source.language = input.language();
    }
}
