package org.accord.dossier;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One import of one dossier, inside the caller's transaction. {@link #check()} finds every problem
 * before anything is written (keys, references, dates, domain rules, duplicates, status
 * histories), each with its JSON path; {@link #write()} then stores the records that are not
 * stored yet. A record whose key is stored (or a source whose url is, or an actor whose external
 * id is) is linked to and left unchanged, which makes importing the same dossier twice a no-op.
 *
 * <p>Each record type has its step ({@link SourceStep} ... {@link CommitmentStep}) with its checks
 * and its write; this class holds the order they run in, and what spans every type: the keys,
 * the look-up of the stored ones, the references between records and the layers of the write.
 * What the steps share is in {@link ImportContext}.
 */
final class ImportRun {

    private final Dossier d;
    private final ImportContext ctx = new ImportContext();
    private final SourceStep sources;
    private final ProcessStep processes;
    private final ActorStep actors;
    private final AffiliationStep affiliations;
    private final PlaceStep places;
    private final EventStep events;
    private final StatementStep statements;
    private final CommitmentStep commitments;
    /** Every step, in the order of {@link RecordType}: the order in which each check reports. */
    private final List<ImportStep<?>> steps;

    ImportRun(Dossier dossier) {
        this.d = dossier;
        sources = new SourceStep(d.sources(), ctx);
        processes = new ProcessStep(d.processes(), ctx);
        actors = new ActorStep(d.actors(), ctx);
        affiliations = new AffiliationStep(d.affiliations(), ctx);
        places = new PlaceStep(d.places(), ctx);
        events = new EventStep(d.events(), ctx);
        statements = new StatementStep(d.statements(), ctx);
        commitments = new CommitmentStep(d.commitments(), ctx);
        steps = List.of(sources, processes, actors, affiliations, places, events, statements, commitments);
    }

    ImportDossierPayload result() {
        return new ImportDossierPayload(d.dossier(), ctx.created, ctx.linked);
    }

    // ---- checking -------------------------------------------------------------------------

    /**
     * Every check, one phase at a time over all the steps: the problems are listed phase by phase,
     * and a later phase may rely on an earlier one (the rules on which keys are stored, the
     * duplicates on which actors are the same stored actor).
     */
    void check() {
        declareKeys();
        loadStored();
        sources.matchStoredUrls();
        actors.matchStoredExternalIds();
        forEachRef((path, type, key) -> {
            if (key != null && !ctx.declared.get(type).containsKey(key) && !ctx.ids.get(type).containsKey(key)) {
                ctx.problem(path, "no " + type.label + " with key '" + key + "' in this dossier or stored");
            }
        });
        steps.forEach(ImportStep::checkDates);
        steps.forEach(ImportStep::checkRules);
        steps.forEach(ImportStep::checkDuplicates);
        commitments.checkHistories();
        if (!ctx.problems.isEmpty()) {
            throw new DossierException(ctx.problems);
        }
    }

    /** Keys are unique across the whole dossier, not only within a type. */
    private void declareKeys() {
        Map<String, String> everywhere = new HashMap<>();
        for (ImportStep<?> step : steps) {
            declare(step, everywhere);
        }
    }

    private <R> void declare(ImportStep<R> step, Map<String, String> everywhere) {
        for (int i = 0; i < step.records.size(); i++) {
            String key = step.key.apply(step.records.get(i));
            String path = step.path(i) + ".key";
            String earlier = everywhere.putIfAbsent(key, path);
            if (earlier != null) {
                ctx.problem(path, "duplicate key '" + key + "', already used at " + earlier);
            } else {
                ctx.declared.get(step.type).put(key, path);
            }
        }
    }

    /**
     * One statement for the stored records among the keys the dossier declares or references, in
     * every type's table. Keys are unique across Accord, so a declared key stored for another type
     * is an error.
     *
     * <p>The keys go in as one array parameter ({@code dossier_key = any(:keys)}), not as an
     * {@code in} list: a bench dossier has about 2,000 keys, and binding them one by one, eight
     * times, cost more than the look-ups (a fifth of the import's time in Hibernate's parameter
     * handling and the database's parsing of the list). Both H2 and PostgreSQL use the unique
     * index on {@code dossier_key} for {@code = any} of an array.
     */
    private void loadStored() {
        Map<RecordType, Set<String>> wanted = new EnumMap<>(RecordType.class);
        ctx.declared.forEach((type, keys) -> wanted.put(type, new HashSet<>(keys.keySet())));
        forEachRef((path, type, key) -> {
            if (key != null) {
                wanted.get(type).add(key);
            }
        });
        Set<String> all = new HashSet<>();
        wanted.values().forEach(all::addAll);
        if (all.isEmpty()) {
            return;
        }
        StringBuilder sql = new StringBuilder();
        for (RecordType type : RecordType.values()) {
            sql.append(sql.isEmpty() ? "" : " union all ")
                    .append("select ").append(type.ordinal()).append(", dossier_key, id from ").append(type.table)
                    .append(" where dossier_key = any(:keys)");
        }
        // In type order, as the problems were reported when this was one query per type.
        sql.append(" order by 1");
        List<Object[]> rows = ctx.em.createNativeQuery(sql.toString(), Object[].class)
                .setParameter("keys", all.toArray(String[]::new)).getResultList();
        for (Object[] row : rows) {
            RecordType type = RecordType.values()[((Number) row[0]).intValue()];
            String key = (String) row[1];
            ctx.ids.get(type).put(key, ((Number) row[2]).longValue());
            ctx.declared.forEach((declaredType, keys) -> {
                if (declaredType != type && keys.containsKey(key)) {
                    ctx.problem(keys.get(key), "key '" + key + "' is already stored for a " + type.label);
                }
            });
        }
    }

    /** Every key reference in the dossier, with its path and the type it must name. */
    private void forEachRef(ImportStep.Refs refs) {
        steps.forEach(step -> step.references(refs));
    }

    // ---- writing --------------------------------------------------------------------------

    /**
     * Stores what is not stored yet. Links are id columns without JPA associations, so Hibernate
     * cannot order the inserts itself: records are written layer by layer, with a flush between
     * layers, and links within a layer (place within place, event part of event, statement
     * responding to statement) are set after their layer is flushed. The layers: what points at
     * sources alone; affiliations and events, which point at actors, places and processes;
     * statements, which point at events; commitments, which point at all of them.
     */
    void write() {
        sources.write();
        processes.write();
        actors.write();
        places.write();
        flushThen(places);

        affiliations.write();
        events.write();
        flushThen(events);

        statements.write();
        flushThen(statements);

        commitments.write();
        ctx.em.flush();
    }

    /**
     * Flushes the layer, then sets the links within it. Those changes are not flushed here: the
     * next flush writes them (updates run after that flush's inserts, and they point only at rows
     * already written), which saves a walk over every managed entity per layer.
     */
    private void flushThen(ImportStep<?> step) {
        ctx.em.flush();
        step.link();
    }
}
