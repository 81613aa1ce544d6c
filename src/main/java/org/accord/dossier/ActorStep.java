package org.accord.dossier;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.accord.actor.Actor;
import org.accord.actor.ActorName;
import org.accord.actor.ExternalId;
import org.accord.dossier.Dossier.ActorRecord;
import org.accord.dossier.Dossier.ExternalIdRecord;
import org.accord.dossier.Dossier.NameRecord;

/** Actors, with their other names and external ids: matched to stored ones by external id as well as by key. */
final class ActorStep extends ImportStep<ActorRecord> {

    ActorStep(List<ActorRecord> records, ImportContext ctx) {
        super(RecordType.ACTOR, "actors", records, ActorRecord::key, ctx);
    }

    /**
     * An actor one of whose external ids is stored is the stored actor: it is linked to, as if its
     * key were stored. An external id given twice in the dossier is a problem (the database holds
     * each once).
     */
    void matchStoredExternalIds() {
        Map<String, Long> stored = storedExternalIds();
        Map<String, String> seen = new HashMap<>();
        Map<String, Long> ids = ctx.ids.get(type);
        for (int i = 0; i < records.size(); i++) {
            ActorRecord a = records.get(i);
            List<ExternalIdRecord> externalIds = Dossier.orEmpty(a.externalIds());
            for (int j = 0; j < externalIds.size(); j++) {
                ExternalIdRecord x = externalIds.get(j);
                String path = path(i) + ".externalIds[" + j + "]";
                String earlier = seen.putIfAbsent(x.scheme() + " " + x.value(), path);
                if (earlier != null) {
                    ctx.problem(path, "external id " + x.scheme() + " " + x.value() + " is already given at " + earlier);
                    continue;
                }
                Long pk = stored.get(x.scheme() + " " + x.value());
                if (pk != null && !ids.containsKey(a.key())) {
                    ids.put(a.key(), pk);
                }
            }
        }
    }

    /** The stored actors of the dossier's external ids, by "scheme value": one query, not one per id. */
    private Map<String, Long> storedExternalIds() {
        Set<String> values = new HashSet<>();
        records.forEach(a -> Dossier.orEmpty(a.externalIds()).forEach(x -> values.add(x.value())));
        Map<String, Long> stored = new HashMap<>();
        if (!values.isEmpty()) {
            ctx.em.createQuery("select e.scheme, e.value, e.actorId from ExternalId e where e.value in :values", Object[].class)
                    .setParameter("values", values).getResultList()
                    .forEach(row -> stored.put(row[0] + " " + row[1], (Long) row[2]));
        }
        return stored;
    }

    @Override
    void references(Refs refs) {
        citations(refs, ActorRecord::citations);
    }

    @Override
    void checkDuplicates() {
        for (int i = 0; i < records.size(); i++) {
            Set<String> names = new HashSet<>();
            List<NameRecord> list = Dossier.orEmpty(records.get(i).names());
            for (int j = 0; j < list.size(); j++) {
                if (!names.add(list.get(j).kind() + " " + list.get(j).value())) {
                    ctx.problem(path(i) + ".names[" + j + "]", "the " + list.get(j).kind() + " name '" + list.get(j).value() + "' is given twice");
                }
            }
        }
    }

    @Override
    void write() {
        for (ActorRecord r : records) {
            ctx.create(type, r.key(), () -> {
                Actor a = new Actor();
                a.key = r.key();
                a.kind = r.kind();
                a.name = r.name();
                a.countryCode = r.countryCode();
                a.description = r.description();
                return a;
            }, a -> {
                for (NameRecord n : Dossier.orEmpty(r.names())) {
                    ActorName name = new ActorName();
                    name.actorId = a.pk;
                    name.value = n.value();
                    name.kind = n.kind();
                    name.language = n.language();
                    ctx.em.persist(name);
                }
                for (ExternalIdRecord x : Dossier.orEmpty(r.externalIds())) {
                    ExternalId id = new ExternalId();
                    id.actorId = a.pk;
                    id.scheme = x.scheme();
                    id.value = x.value();
                    ctx.em.persist(id);
                }
                ctx.cite(a, r.citations());
            });
        }
    }
}
