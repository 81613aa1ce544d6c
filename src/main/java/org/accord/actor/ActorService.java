package org.accord.actor;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.accord.actor.ActorMutations.ActorNameInput;
import org.accord.actor.ActorMutations.CreateActorInput;
import org.accord.actor.ActorMutations.ActorValues;
import org.accord.actor.ActorMutations.CreateAffiliationInput;
import org.accord.actor.ActorMutations.AffiliationValues;
import org.accord.actor.ActorMutations.DeleteActorInput;
import org.accord.actor.ActorMutations.DeleteAffiliationInput;
import org.accord.actor.ActorMutations.ExternalIdInput;
import org.accord.actor.ActorMutations.MergeActorsInput;
import org.accord.actor.ActorMutations.MergeActorsPayload;
import org.accord.actor.ActorMutations.UpdateActorInput;
import org.accord.actor.ActorMutations.UpdateAffiliationInput;
import org.accord.graphql.Mutating;
import org.accord.graphql.Dependents;
import org.accord.graphql.Versions;
import org.accord.graphql.BadUserInputException;
import org.accord.graphql.ConflictException;
import org.accord.graphql.GlobalId;
import org.accord.graphql.InvalidPartialDateException;
import org.accord.graphql.Nodes;
import org.accord.graphql.PartialDate;
import org.accord.source.Citations;

/**
 * Writes actors and affiliations, one transaction per mutation (see {@link ActorMutations}).
 *
 * <p>An actor owns its names and external ids: updateActor replaces both lists (rows that stay
 * keep their ids), deleteActor deletes them with the actor's citations. A delete is refused while
 * other facts name the actor; mergeActors is the way to fold a duplicate into another actor.
 */
@ApplicationScoped
@Mutating
public class ActorService {

    // ---- actors ----------------------------------------------------------------------------------

    public Actor createActor(CreateActorInput input) {
        Actor saved = save(new Actor(), input);
        Citations.add(saved, input.citations, "input.citations");
        return saved;
    }

    public Actor updateActor(UpdateActorInput input) {
        Actor actor = requireUnmerged(input.id);
        Versions.check(actor, input.expectedVersion);
        return save(actor, input);
    }

    public String deleteActor(DeleteActorInput input) {
        Actor actor = requireUnmerged(input.id());
        Versions.check(actor, input.expectedVersion());
        long pk = actor.pk;
        Dependents.of(actor, actor.name)
                .add("select count(e) from Participation e where e.actorId = :id", pk, "participation", "participations")
                .add("select count(e) from Affiliation e where e.actorId = :id", pk, "affiliation (as holder)", "affiliations (as holder)")
                .add("select count(e) from Affiliation e where e.organizationId = :id", pk, "affiliation (as organization)", "affiliations (as organization)")
                .add("select count(e) from StatementAuthor e where e.actorId = :id", pk, "statement (as author)", "statements (as author)")
                .add("select count(e) from Quote e where e.speakerId = :id", pk, "quote (as speaker)", "quotes (as speaker)")
                .add("select count(e) from CommitmentParty e where e.actorId = :id and e.side = 'OBLIGOR'", pk, "commitment (obligor)", "commitments (obligor)")
                .add("select count(e) from CommitmentParty e where e.actorId = :id and e.side = 'BENEFICIARY'", pk, "commitment (beneficiary)", "commitments (beneficiary)")
                .refuseDeletion("remove them or merge the actor into another first");
        EntityManager em = Panache.getEntityManager();
        Citations.deleteFor(List.of(pk));
        em.createQuery("delete from ActorName e where e.actorId = :id").setParameter("id", pk).executeUpdate();
        em.createQuery("delete from ExternalId e where e.actorId = :id").setParameter("id", pk).executeUpdate();
        // The ids of actors merged into this one named it; now they name nothing.
        em.createNativeQuery("delete from record_redirect where new_id = :id").setParameter("id", pk).executeUpdate();
        actor.delete();
        return actor.getId();
    }

    /**
     * The actor an update or delete names. Links and look-ups follow a merged actor's old id to the
     * survivor, but changing or deleting the survivor through an id the client read before the merge
     * would act on a record it has not seen: that is a CONFLICT, like a stale version.
     */
    private static Actor requireUnmerged(String id) {
        Actor actor = Nodes.require(Actor.class, id, "input.id");
        if (GlobalId.decode(id).pk() != actor.pk) {
            throw new ConflictException("input.id: Actor " + id + " was merged into Actor " + actor.getId() + "; read that actor and retry");
        }
        return actor;
    }

    /**
     * Merges each of {@code input.merged} into the survivor: every link moves (participations,
     * affiliations on both sides, statement authorships, quote speakers, commitment sides), and so
     * do external ids, names and citations; a link the survivor already has is dropped (for a
     * participation, the survivor's keeps its role and attendance and gains the duplicate's
     * citations). Each merged actor's canonical name becomes an ALIAS of the survivor unless the
     * survivor already goes by it. The merged actors are deleted and their ids redirect to the
     * survivor.
     */
    public MergeActorsPayload mergeActors(MergeActorsInput input) {
        Actor survivor = Nodes.require(Actor.class, input.survivor(), "input.survivor");
        Map<Long, Integer> seen = new HashMap<>();
        List<Actor> merged = new ArrayList<>();
        for (int i = 0; i < input.merged().size(); i++) {
            String field = "input.merged[" + i + "]";
            Actor actor = Nodes.require(Actor.class, input.merged().get(i), field);
            if (actor.pk.equals(survivor.pk)) {
                throw new BadUserInputException(field + ": names the survivor itself"
                        + (input.merged().get(i).equals(input.survivor()) ? "" : " (it was merged into the survivor before)"));
            }
            Integer earlier = seen.putIfAbsent(actor.pk, i);
            if (earlier != null) {
                throw new BadUserInputException(field + ": names the same actor as input.merged[" + earlier + "]");
            }
            merged.add(actor);
        }
        List<Long> all = new ArrayList<>(seen.keySet());
        all.add(survivor.pk);
        List<String> inner = Panache.getEntityManager()
                .createQuery("select a from Affiliation a where any_equals(:all, a.actorId) and any_equals(:all, a.organizationId) order by a.pk", Affiliation.class)
                .setParameter("all", all.toArray(Long[]::new)).getResultList().stream().map(Affiliation::getId).toList();
        if (!inner.isEmpty()) {
            throw new ConflictException("input.merged: Affiliation " + String.join(", ", inner) + " links actors being merged, so the survivor"
                    + " would hold a position in itself; delete " + (inner.size() == 1 ? "it" : "them") + " first");
        }
        List<String> mergedIds = merged.stream().map(Actor::getId).toList();
        for (Actor actor : merged) {
            mergeInto(actor, survivor);
        }
        survivor.updatedAt = OffsetDateTime.now(); // its version increments once for the whole merge
        return new MergeActorsPayload(survivor, mergedIds);
    }

    private static void mergeInto(Actor merged, Actor survivor) {
        EntityManager em = Panache.getEntityManager();
        em.flush();
        long from = merged.pk;
        long to = survivor.pk;

        // A participation the survivor already has (same event and role) keeps the survivor's role
        // and attendance and gains the duplicate's citations.
        List<Object[]> twins = em.createQuery("select d.pk, k.pk from Participation d, Participation k where d.actorId = :from"
                + " and k.actorId = :to and k.eventId = d.eventId and k.role = d.role", Object[].class)
                .setParameter("from", from).setParameter("to", to).getResultList();
        for (Object[] twin : twins) {
            Citations.move((Long) twin[0], (Long) twin[1]);
        }
        dropDuplicates("Participation", "k.eventId = d.eventId and k.role = d.role", from, to);
        move("Participation", "actorId", from, to);
        dropDuplicates("StatementAuthor", "k.statementId = d.statementId", from, to);
        move("StatementAuthor", "actorId", from, to);
        move("Quote", "speakerId", from, to);
        dropDuplicates("CommitmentParty", "k.commitmentId = d.commitmentId and k.side = d.side", from, to);
        move("CommitmentParty", "actorId", from, to);
        move("Affiliation", "actorId", from, to);
        move("Affiliation", "organizationId", from, to);
        move("ExternalId", "actorId", from, to);
        dropDuplicates("ActorName", "k.value = d.value and k.kind = d.kind", from, to);
        move("ActorName", "actorId", from, to);
        Citations.move(from, to);

        String folded = Names.normalize(merged.name);
        long known = em.createQuery("select count(n) from ActorName n where n.actorId = :to and n.normalizedName = :folded", Long.class)
                .setParameter("to", to).setParameter("folded", folded).getSingleResult();
        if (known == 0 && !folded.equals(Names.normalize(survivor.name))) {
            ActorName alias = new ActorName();
            alias.actorId = to;
            alias.value = merged.name;
            alias.kind = NameKind.ALIAS;
            alias.persist();
        }

        // Keep redirects flat: whatever pointed at the merged actor now points at the survivor.
        em.createNativeQuery("update record_redirect set new_id = :to where new_id = :from")
                .setParameter("to", to).setParameter("from", from).executeUpdate();
        em.createNativeQuery("insert into record_redirect (old_id, new_id, record_type, created_at) values (:from, :to, :type, current_timestamp)")
                .setParameter("from", from).setParameter("to", to).setParameter("type", Actor.TYPE).executeUpdate();
        merged.delete();
        em.flush();
    }

    /** Re-points {@code entity.column} from the merged actor to the survivor. */
    private static void move(String entity, String column, long from, long to) {
        Panache.getEntityManager()
                .createQuery("update " + entity + " e set e." + column + " = :to, e.version = e.version + 1, e.updatedAt = :now where e." + column + " = :from")
                .setParameter("to", to).setParameter("from", from).setParameter("now", OffsetDateTime.now())
                .executeUpdate();
    }

    /** Deletes the merged actor's rows of {@code entity} that the survivor has already ({@code sameAs}): a unique constraint would refuse them. */
    private static void dropDuplicates(String entity, String sameAs, long from, long to) {
        Panache.getEntityManager()
                .createQuery("delete from " + entity + " d where d.actorId = :from and exists (select 1 from " + entity + " k where k.actorId = :to and " + sameAs + ")")
                .setParameter("from", from).setParameter("to", to)
                .executeUpdate();
    }

    /** Writes the input into a new or stored actor, with its names and external ids. */
    private static Actor save(Actor actor, ActorValues input) {
        actor.kind = input.kind;
        actor.name = input.name;
        actor.countryCode = input.countryCode;
        actor.description = input.description;
        actor.persist(); // a stored actor is managed already, and persist leaves it as it is
        replaceNames(actor, input.names);
        replaceExternalIds(actor, input.externalIds);
        return actor;
    }

    /** Makes the actor's names exactly {@code wanted}: names that stay keep their rows, others are deleted or added. */
    private static void replaceNames(Actor actor, List<ActorNameInput> wanted) {
        List<ActorNameInput> list = wanted == null ? List.of() : wanted;
        Map<String, ActorName> stored = new HashMap<>();
        for (ActorName name : ActorName.<ActorName>list("actorId", actor.pk)) {
            stored.put(name.kind + " " + name.value, name);
        }
        Map<String, Integer> given = new HashMap<>();
        for (int i = 0; i < list.size(); i++) {
            ActorNameInput n = list.get(i);
            String key = n.kind() + " " + n.value();
            Integer earlier = given.putIfAbsent(key, i);
            if (earlier != null) {
                throw new BadUserInputException("input.names[" + i + "]: the " + n.kind() + " name '" + n.value() + "' is already given at input.names[" + earlier + "]");
            }
            ActorName name = stored.remove(key);
            if (name == null) {
                name = new ActorName();
                name.actorId = actor.pk;
                name.value = n.value();
                name.kind = n.kind();
                name.language = n.language();
                name.persist();
            } else {
                name.language = n.language();
            }
        }
        stored.values().forEach(n -> n.delete());
    }

    /** Makes the actor's external ids exactly {@code wanted}; one that identifies another actor is a CONFLICT. */
    private static void replaceExternalIds(Actor actor, List<ExternalIdInput> wanted) {
        List<ExternalIdInput> list = wanted == null ? List.of() : wanted;
        Map<String, ExternalId> stored = new LinkedHashMap<>();
        for (ExternalId id : ExternalId.<ExternalId>list("actorId", actor.pk)) {
            stored.put(id.scheme + " " + id.value, id);
        }
        Map<String, Integer> given = new HashMap<>();
        for (int i = 0; i < list.size(); i++) {
            ExternalIdInput x = list.get(i);
            String key = x.scheme() + " " + x.value();
            Integer earlier = given.putIfAbsent(key, i);
            if (earlier != null) {
                throw new BadUserInputException("input.externalIds[" + i + "]: " + key + " is already given at input.externalIds[" + earlier + "]");
            }
            if (stored.remove(key) != null) {
                continue;
            }
            Long holder = Panache.getEntityManager()
                    .createQuery("select e.actorId from ExternalId e where e.scheme = :scheme and e.value = :value", Long.class)
                    .setParameter("scheme", x.scheme()).setParameter("value", x.value())
                    .getResultStream().findFirst().orElse(null);
            if (holder != null) {
                throw new ConflictException("input.externalIds[" + i + "]: " + key + " already identifies Actor "
                        + GlobalId.encode(Actor.TYPE, holder) + "; merge the two actors with mergeActors instead");
            }
            ExternalId id = new ExternalId();
            id.actorId = actor.pk;
            id.scheme = x.scheme();
            id.value = x.value();
            id.persist();
        }
        stored.values().forEach(x -> x.delete());
    }

    // ---- affiliations ----------------------------------------------------------------------------

    public Affiliation createAffiliation(CreateAffiliationInput input) {
        Affiliation saved = save(new Affiliation(), input);
        Citations.add(saved, input.citations, "input.citations");
        return saved;
    }

    public Affiliation updateAffiliation(UpdateAffiliationInput input) {
        return save(Versions.require(Affiliation.class, input.id, input.expectedVersion), input);
    }

    public String deleteAffiliation(DeleteAffiliationInput input) {
        Affiliation affiliation = Versions.require(Affiliation.class, input.id(), input.expectedVersion());
        Citations.deleteFor(List.of(affiliation.pk));
        affiliation.delete();
        return affiliation.getId();
    }

    /** Writes the input into a new or stored affiliation. */
    private static Affiliation save(Affiliation affiliation, AffiliationValues input) {
        Actor holder = Nodes.require(Actor.class, input.actor, "input.actor");
        Actor organization = Nodes.require(Actor.class, input.organization, "input.organization");
        String holding = Affiliation.holderProblem(holder.pk, organization.pk);
        if (holding != null) {
            throw new BadUserInputException("input.organization: " + holding);
        }
        PartialDate start = InvalidPartialDateException.parseField("input.start", input.start);
        PartialDate end = InvalidPartialDateException.parseField("input.end", input.end);
        String order = PartialDate.endBeforeStart(start, end);
        if (order != null) {
            throw new BadUserInputException("input.end: " + order);
        }
        affiliation.actorId = holder.pk;
        affiliation.organizationId = organization.pk;
        affiliation.position = input.position;
        affiliation.start = start;
        affiliation.end = end;
        affiliation.persist(); // a stored affiliation is managed already, and persist leaves it as it is
        return affiliation;
    }

}
