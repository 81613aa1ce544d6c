package org.accord.dossier;

import io.quarkus.hibernate.orm.panache.Panache;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.accord.actor.Actor;
import org.accord.actor.ActorName;
import org.accord.actor.Affiliation;
import org.accord.actor.ExternalId;
import org.accord.commitment.Commitment;
import org.accord.commitment.CommitmentParty;
import org.accord.commitment.CommitmentSide;
import org.accord.commitment.CommitmentStatus;
import org.accord.commitment.CommitmentStatusChange;
import org.accord.commitment.StatusChangeRule;
import org.accord.commitment.Fulfilment;
import org.accord.commitment.Reciprocity;
import org.accord.dossier.Dossier.CitationRecord;
import org.accord.event.Event;
import org.accord.event.EventRelation;
import org.accord.event.Participation;
import org.accord.graphql.AccordEntity;
import org.accord.graphql.InvalidPartialDateException;
import org.accord.graphql.PartialDate;
import org.accord.place.Place;
import org.accord.process.Process;
import org.accord.source.Citation;
import org.accord.source.Source;
import org.accord.statement.Quote;
import org.accord.statement.Statement;
import org.accord.statement.StatementAuthor;
import org.hibernate.FlushMode;
import org.hibernate.Session;

/**
 * One import of one dossier, inside the caller's transaction. {@link #check()} finds every problem
 * before anything is written (keys, references, dates, duplicates), each with its JSON path;
 * {@link #write()} then stores the records that are not stored yet. A record whose key is stored
 * (or a source whose url is, or an actor whose external id is) is linked to and left unchanged,
 * which makes importing the same dossier twice a no-op.
 */
final class ImportRun {

    /** A reference from the dossier to a keyed record. */
    private interface RefVisitor {
        void ref(String path, RecordType type, String key);
    }

    private final Dossier d;
    /**
     * The transaction's own session, unwrapped once: {@code entity.persist()} and the injected
     * proxy look the session up again on every call (a bean look-up and a transaction-registry
     * look-up) for each of the ~11,000 rows of a dossier: about 4 % of an import's time in a JFR profile.
     */
    private final Session em = Panache.getEntityManager().unwrap(Session.class);
    private final List<String> problems = new ArrayList<>();
    /** Keys the dossier declares, per type, with the path that declares them. */
    private final Map<RecordType, Map<String, String>> declared = new EnumMap<>(RecordType.class);
    /** Database id of every key that is stored or has been written by this run, per type. */
    private final Map<RecordType, Map<String, Long>> ids = new EnumMap<>(RecordType.class);
    private int created;
    private int linked;

    ImportRun(Dossier dossier) {
        this.d = dossier;
        for (RecordType t : RecordType.values()) {
            declared.put(t, new HashMap<>());
            ids.put(t, new HashMap<>());
        }
    }

    ImportDossierPayload result() {
        return new ImportDossierPayload(d.dossier(), created, linked);
    }

    // ---- checking -------------------------------------------------------------------------

    void check() {
        declareKeys();
        loadStored();
        matchSourcesByUrl();
        matchActorsByExternalId();
        forEachRef((path, type, key) -> {
            if (key != null && !declared.get(type).containsKey(key) && !ids.get(type).containsKey(key)) {
                problems.add(path + ": no " + type.label + " with key '" + key + "' in this dossier or stored");
            }
        });
        checkDates();
        checkRules();
        checkDuplicates();
        checkHistories();
        if (!problems.isEmpty()) {
            throw new DossierException(problems);
        }
    }

    private void declareKeys() {
        Map<String, String> everywhere = new HashMap<>();
        declare(RecordType.SOURCE, "sources", d.sources().stream().map(Dossier.SourceRecord::key).toList(), everywhere);
        declare(RecordType.PROCESS, "processes", d.processes().stream().map(Dossier.ProcessRecord::key).toList(), everywhere);
        declare(RecordType.ACTOR, "actors", d.actors().stream().map(Dossier.ActorRecord::key).toList(), everywhere);
        declare(RecordType.AFFILIATION, "affiliations", d.affiliations().stream().map(Dossier.AffiliationRecord::key).toList(), everywhere);
        declare(RecordType.PLACE, "places", d.places().stream().map(Dossier.PlaceRecord::key).toList(), everywhere);
        declare(RecordType.EVENT, "events", d.events().stream().map(Dossier.EventRecord::key).toList(), everywhere);
        declare(RecordType.STATEMENT, "statements", d.statements().stream().map(Dossier.StatementRecord::key).toList(), everywhere);
        declare(RecordType.COMMITMENT, "commitments", d.commitments().stream().map(Dossier.CommitmentRecord::key).toList(), everywhere);
    }

    private void declare(RecordType type, String list, List<String> keys, Map<String, String> everywhere) {
        for (int i = 0; i < keys.size(); i++) {
            String path = "$." + list + "[" + i + "].key";
            String earlier = everywhere.putIfAbsent(keys.get(i), path);
            if (earlier != null) {
                problems.add(path + ": duplicate key '" + keys.get(i) + "', already used at " + earlier);
            } else {
                declared.get(type).put(keys.get(i), path);
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
        declared.forEach((type, keys) -> wanted.put(type, new HashSet<>(keys.keySet())));
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
        List<Object[]> rows = em.createNativeQuery(sql.toString(), Object[].class)
                .setParameter("keys", all.toArray(String[]::new)).getResultList();
        for (Object[] row : rows) {
            RecordType type = RecordType.values()[((Number) row[0]).intValue()];
            String key = (String) row[1];
            ids.get(type).put(key, ((Number) row[2]).longValue());
            declared.forEach((declaredType, keys) -> {
                if (declaredType != type && keys.containsKey(key)) {
                    problems.add(keys.get(key) + ": key '" + key + "' is already stored for a " + type.label);
                }
            });
        }
    }

    private void matchSourcesByUrl() {
        Map<String, String> urls = new HashMap<>();
        for (int i = 0; i < d.sources().size(); i++) {
            String url = d.sources().get(i).url();
            String earlier = url == null ? null : urls.putIfAbsent(url, "$.sources[" + i + "].url");
            if (earlier != null) {
                problems.add("$.sources[" + i + "].url: '" + url + "' is already given at " + earlier);
            }
        }
        // One query for all urls, not one per source.
        if (urls.isEmpty()) {
            return;
        }
        Map<String, Long> stored = new HashMap<>();
        em.createQuery("select e.url, e.pk from Source e where e.url in :urls", Object[].class).setParameter("urls", urls.keySet())
                .getResultList().forEach(row -> stored.put((String) row[0], (Long) row[1]));
        for (Dossier.SourceRecord s : d.sources()) {
            if (s.url() != null && !ids.get(RecordType.SOURCE).containsKey(s.key()) && stored.containsKey(s.url())) {
                ids.get(RecordType.SOURCE).put(s.key(), stored.get(s.url()));
            }
        }
    }

    private void matchActorsByExternalId() {
        Map<String, Long> stored = storedExternalIds();
        Map<String, String> seen = new HashMap<>();
        for (int i = 0; i < d.actors().size(); i++) {
            Dossier.ActorRecord a = d.actors().get(i);
            List<Dossier.ExternalIdRecord> externalIds = Dossier.orEmpty(a.externalIds());
            for (int j = 0; j < externalIds.size(); j++) {
                Dossier.ExternalIdRecord x = externalIds.get(j);
                String path = "$.actors[" + i + "].externalIds[" + j + "]";
                String earlier = seen.putIfAbsent(x.scheme() + " " + x.value(), path);
                if (earlier != null) {
                    problems.add(path + ": external id " + x.scheme() + " " + x.value() + " is already given at " + earlier);
                    continue;
                }
                Long pk = stored.get(x.scheme() + " " + x.value());
                if (pk != null && !ids.get(RecordType.ACTOR).containsKey(a.key())) {
                    ids.get(RecordType.ACTOR).put(a.key(), pk);
                }
            }
        }
    }

    /** The stored actors of the dossier's external ids, by "scheme value": one query, not one per id. */
    private Map<String, Long> storedExternalIds() {
        Set<String> values = new HashSet<>();
        d.actors().forEach(a -> Dossier.orEmpty(a.externalIds()).forEach(x -> values.add(x.value())));
        Map<String, Long> stored = new HashMap<>();
        if (!values.isEmpty()) {
            em.createQuery("select e.scheme, e.value, e.actorId from ExternalId e where e.value in :values", Object[].class)
                    .setParameter("values", values).getResultList()
                    .forEach(row -> stored.put(row[0] + " " + row[1], (Long) row[2]));
        }
        return stored;
    }

    private void checkDates() {
        for (int i = 0; i < d.sources().size(); i++) {
            date("$.sources[" + i + "].published", d.sources().get(i).published());
        }
        for (int i = 0; i < d.affiliations().size(); i++) {
            date("$.affiliations[" + i + "].start", d.affiliations().get(i).start());
            date("$.affiliations[" + i + "].end", d.affiliations().get(i).end());
        }
        for (int i = 0; i < d.events().size(); i++) {
            date("$.events[" + i + "].start", d.events().get(i).start());
            date("$.events[" + i + "].end", d.events().get(i).end());
        }
        for (int i = 0; i < d.statements().size(); i++) {
            date("$.statements[" + i + "].date", d.statements().get(i).date());
        }
        for (int i = 0; i < d.commitments().size(); i++) {
            Dossier.CommitmentRecord c = d.commitments().get(i);
            date("$.commitments[" + i + "].deadline", c.deadline());
            List<Dossier.StatusChangeRecord> history = Dossier.orEmpty(c.history());
            for (int j = 0; j < history.size(); j++) {
                date("$.commitments[" + i + "].history[" + j + "].date", history.get(j).date());
            }
        }
    }

    /**
     * The domain rules the mutations apply too, asked of the same methods: spans do not end before
     * they start, an actor holds no position in itself, and no place lies within itself nor event is
     * part of itself, directly or through others. A record whose key is stored is only linked to, so
     * chains are followed through the dossier's new records alone: a stored record's chain cannot
     * lead back to them.
     */
    private void checkRules() {
        for (int i = 0; i < d.affiliations().size(); i++) {
            Dossier.AffiliationRecord a = d.affiliations().get(i);
            rule("$.affiliations[" + i + "].organization", Affiliation.holderProblem(a.actor(), a.organization()));
            rule("$.affiliations[" + i + "].end", PartialDate.endBeforeStart(parsed(a.start()), parsed(a.end())));
        }
        Map<String, String> within = new HashMap<>();
        d.places().stream().filter(p -> isNew(RecordType.PLACE, p.key())).forEach(p -> within.put(p.key(), p.within()));
        for (int i = 0; i < d.places().size(); i++) {
            Dossier.PlaceRecord p = d.places().get(i);
            if (isNew(RecordType.PLACE, p.key())) {
                rule("$.places[" + i + "].within", Place.withinProblem(p.key(), p.within(), within::get, key -> "place '" + key + "'"));
            }
        }
        Map<String, String> partOf = new HashMap<>();
        d.events().stream().filter(e -> isNew(RecordType.EVENT, e.key())).forEach(e -> partOf.put(e.key(), e.partOf()));
        for (int i = 0; i < d.events().size(); i++) {
            Dossier.EventRecord e = d.events().get(i);
            rule("$.events[" + i + "].end", PartialDate.endBeforeStart(parsed(e.start()), parsed(e.end())));
            if (isNew(RecordType.EVENT, e.key())) {
                rule("$.events[" + i + "].partOf", Event.partOfProblem(e.key(), e.partOf(), partOf::get, key -> "event '" + key + "'"));
            }
        }
    }

    private void rule(String path, String problem) {
        if (problem != null) {
            problems.add(path + ": " + problem);
        }
    }

    /** Whether the dossier's record of this key is to be written: its key is not stored yet. */
    private boolean isNew(RecordType type, String key) {
        return !ids.get(type).containsKey(key);
    }

    /** The date, or null where it is absent or invalid ({@link #checkDates} reports the latter). */
    private static PartialDate parsed(String edtf) {
        try {
            return PartialDate.parseNullable(edtf);
        } catch (InvalidPartialDateException e) {
            return null;
        }
    }

    private void date(String path, String edtf) {
        try {
            PartialDate.parseNullable(edtf);
        } catch (InvalidPartialDateException e) {
            problems.add(path + ": " + e.getMessage());
        }
    }

    /** What the database's unique constraints would refuse, reported with paths instead. */
    private void checkDuplicates() {
        for (int i = 0; i < d.actors().size(); i++) {
            Set<String> names = new HashSet<>();
            List<Dossier.NameRecord> list = Dossier.orEmpty(d.actors().get(i).names());
            for (int j = 0; j < list.size(); j++) {
                if (!names.add(list.get(j).kind() + " " + list.get(j).value())) {
                    problems.add("$.actors[" + i + "].names[" + j + "]: the " + list.get(j).kind() + " name '" + list.get(j).value() + "' is given twice");
                }
            }
        }
        for (int i = 0; i < d.events().size(); i++) {
            Dossier.EventRecord e = d.events().get(i);
            Set<String> seen = new HashSet<>();
            List<Dossier.ParticipantRecord> participants = Dossier.orEmpty(e.participants());
            for (int j = 0; j < participants.size(); j++) {
                if (!seen.add(actor(participants.get(j).actor()) + " " + participants.get(j).role())) {
                    problems.add("$.events[" + i + "].participants[" + j + "]: actor '" + participants.get(j).actor()
                            + "' is already a " + participants.get(j).role() + " of this event");
                }
            }
            List<Dossier.RelationRecord> relations = Dossier.orEmpty(e.relations());
            for (int j = 0; j < relations.size(); j++) {
                if (e.key().equals(relations.get(j).event())) {
                    problems.add("$.events[" + i + "].relations[" + j + "].event: an event cannot relate to itself");
                }
            }
            unique("$.events[" + i + "].relations", relations.stream().map(r -> r.kind() + " " + r.event()).toList());
        }
        for (int i = 0; i < d.statements().size(); i++) {
            unique("$.statements[" + i + "].authors", actors(d.statements().get(i).authors()));
        }
        for (int i = 0; i < d.commitments().size(); i++) {
            Dossier.CommitmentRecord c = d.commitments().get(i);
            String path = "$.commitments[" + i + "]";
            unique(path + ".obligors", actors(c.obligors()));
            unique(path + ".beneficiaries", actors(c.beneficiaries()));
            unique(path + ".reciprocalTo", Dossier.orEmpty(c.reciprocalTo()));
            unique(path + ".fulfilledBy", Dossier.orEmpty(c.fulfilledBy()));
            if (Dossier.orEmpty(c.reciprocalTo()).contains(c.key())) {
                problems.add(path + ".reciprocalTo: a commitment cannot be reciprocal to itself");
            }
        }
    }

    private void unique(String path, List<String> values) {
        Set<String> seen = new HashSet<>();
        for (int j = 0; j < values.size(); j++) {
            if (!seen.add(values.get(j))) {
                problems.add(path + "[" + j + "]: '" + values.get(j) + "' is listed twice");
            }
        }
    }

    /**
     * The identity an actor reference resolves to: the stored actor's id when it has one (two keys
     * may name one stored actor, through an external id), otherwise the key itself.
     */
    private String actor(String key) {
        Long stored = ids.get(RecordType.ACTOR).get(key);
        return stored == null ? key : "stored actor " + stored;
    }

    private List<String> actors(List<String> keys) {
        return Dossier.orEmpty(keys).stream().map(this::actor).toList();
    }

    private void checkHistories() {
        for (int i = 0; i < d.commitments().size(); i++) {
            Dossier.CommitmentRecord c = d.commitments().get(i);
            List<Dossier.StatusChangeRecord> history = Dossier.orEmpty(c.history());
            // Each change in turn, as recordCommitmentStatus would take it; the first one has no status before it.
            CommitmentStatus current = null;
            Dossier.StatusChangeRecord latest = null;
            PartialDate latestDate = null;
            for (int j = 0; j < history.size(); j++) {
                Dossier.StatusChangeRecord h = history.get(j);
                PartialDate date = parsed(h.date());
                if (date == null) {
                    continue; // checkDates reports it
                }
                StatusChangeRule refused = StatusChangeRule.refusal("the commitment is " + current, current,
                        latest == null ? null : latest.status(), latestDate, h.status(), date, h.note());
                if (refused != null) {
                    problems.add("$.commitments[" + i + "].history[" + j + "]." + refused.field() + ": " + refused.problem());
                }
                if (!StatusChangeRule.isBackdated(latestDate, date)) {
                    current = h.status();
                    latest = h;
                    latestDate = date;
                }
            }
            if (!history.isEmpty() && history.get(history.size() - 1).status() != c.status()) {
                problems.add("$.commitments[" + i + "].status: " + c.status() + " differs from the last status in its history, "
                        + history.get(history.size() - 1).status());
            }
        }
    }

    /** Every key reference in the dossier, with its path and the type it must name. */
    private void forEachRef(RefVisitor v) {
        citations("$.processes", d.processes(), Dossier.ProcessRecord::citations, v);
        citations("$.actors", d.actors(), Dossier.ActorRecord::citations, v);
        for (int i = 0; i < d.affiliations().size(); i++) {
            Dossier.AffiliationRecord a = d.affiliations().get(i);
            v.ref("$.affiliations[" + i + "].actor", RecordType.ACTOR, a.actor());
            v.ref("$.affiliations[" + i + "].organization", RecordType.ACTOR, a.organization());
        }
        citations("$.affiliations", d.affiliations(), Dossier.AffiliationRecord::citations, v);
        for (int i = 0; i < d.places().size(); i++) {
            v.ref("$.places[" + i + "].within", RecordType.PLACE, d.places().get(i).within());
        }
        citations("$.places", d.places(), Dossier.PlaceRecord::citations, v);
        for (int i = 0; i < d.events().size(); i++) {
            Dossier.EventRecord e = d.events().get(i);
            String path = "$.events[" + i + "]";
            v.ref(path + ".place", RecordType.PLACE, e.place());
            v.ref(path + ".process", RecordType.PROCESS, e.process());
            v.ref(path + ".partOf", RecordType.EVENT, e.partOf());
            List<Dossier.RelationRecord> relations = Dossier.orEmpty(e.relations());
            for (int j = 0; j < relations.size(); j++) {
                v.ref(path + ".relations[" + j + "].event", RecordType.EVENT, relations.get(j).event());
            }
            List<Dossier.ParticipantRecord> participants = Dossier.orEmpty(e.participants());
            for (int j = 0; j < participants.size(); j++) {
                v.ref(path + ".participants[" + j + "].actor", RecordType.ACTOR, participants.get(j).actor());
            }
            citations(path + ".participants", participants, Dossier.ParticipantRecord::citations, v);
        }
        citations("$.events", d.events(), Dossier.EventRecord::citations, v);
        for (int i = 0; i < d.statements().size(); i++) {
            Dossier.StatementRecord s = d.statements().get(i);
            String path = "$.statements[" + i + "]";
            keys(path + ".authors", RecordType.ACTOR, s.authors(), v);
            v.ref(path + ".event", RecordType.EVENT, s.event());
            v.ref(path + ".respondsTo", RecordType.STATEMENT, s.respondsTo());
            v.ref(path + ".process", RecordType.PROCESS, s.process());
            List<Dossier.QuoteRecord> quotes = Dossier.orEmpty(s.quotes());
            for (int j = 0; j < quotes.size(); j++) {
                v.ref(path + ".quotes[" + j + "].speaker", RecordType.ACTOR, quotes.get(j).speaker());
            }
        }
        citations("$.statements", d.statements(), Dossier.StatementRecord::citations, v);
        for (int i = 0; i < d.commitments().size(); i++) {
            Dossier.CommitmentRecord c = d.commitments().get(i);
            String path = "$.commitments[" + i + "]";
            keys(path + ".obligors", RecordType.ACTOR, c.obligors(), v);
            keys(path + ".beneficiaries", RecordType.ACTOR, c.beneficiaries(), v);
            v.ref(path + ".madeAt", RecordType.EVENT, c.madeAt());
            v.ref(path + ".statement", RecordType.STATEMENT, c.statement());
            v.ref(path + ".process", RecordType.PROCESS, c.process());
            keys(path + ".reciprocalTo", RecordType.COMMITMENT, c.reciprocalTo(), v);
            keys(path + ".fulfilledBy", RecordType.EVENT, c.fulfilledBy(), v);
            citations(path + ".history", Dossier.orEmpty(c.history()), Dossier.StatusChangeRecord::citations, v);
        }
        citations("$.commitments", d.commitments(), Dossier.CommitmentRecord::citations, v);
    }

    private static void keys(String path, RecordType type, List<String> keys, RefVisitor v) {
        List<String> list = Dossier.orEmpty(keys);
        for (int j = 0; j < list.size(); j++) {
            v.ref(path + "[" + j + "]", type, list.get(j));
        }
    }

    private static <R> void citations(String path, List<R> records, java.util.function.Function<R, List<CitationRecord>> cites, RefVisitor v) {
        for (int i = 0; i < records.size(); i++) {
            List<CitationRecord> list = Dossier.orEmpty(cites.apply(records.get(i)));
            for (int j = 0; j < list.size(); j++) {
                v.ref(path + "[" + i + "].citations[" + j + "].source", RecordType.SOURCE, list.get(j).source());
            }
        }
    }

    // ---- writing --------------------------------------------------------------------------

    /**
     * Stores what is not stored yet. Links are id columns without JPA associations, so Hibernate
     * cannot order the inserts itself: records are written layer by layer, with a flush between
     * layers, and links within a layer (place within place, event part of event, statement
     * responding to statement) are set after their layer is flushed.
     */
    void write() {
        List<Runnable> selfLinks = new ArrayList<>();
        for (Dossier.SourceRecord r : d.sources()) {
            create(RecordType.SOURCE, r.key(), () -> {
                Source s = new Source();
                s.key = r.key();
                s.publisher = r.publisher();
                s.title = r.title();
                s.url = r.url();
                s.published = PartialDate.parseNullable(r.published());
                s.language = r.language();
                return s;
            }, null);
        }
        for (Dossier.ProcessRecord r : d.processes()) {
            create(RecordType.PROCESS, r.key(), () -> {
                Process p = new Process();
                p.key = r.key();
                p.name = r.name();
                p.description = r.description();
                return p;
            }, p -> cite(p, r.citations()));
        }
        for (Dossier.ActorRecord r : d.actors()) {
            create(RecordType.ACTOR, r.key(), () -> {
                Actor a = new Actor();
                a.key = r.key();
                a.kind = r.kind();
                a.name = r.name();
                a.countryCode = r.countryCode();
                a.description = r.description();
                return a;
            }, a -> {
                for (Dossier.NameRecord n : Dossier.orEmpty(r.names())) {
                    ActorName name = new ActorName();
                    name.actorId = a.pk;
                    name.value = n.value();
                    name.kind = n.kind();
                    name.language = n.language();
                    em.persist(name);
                }
                for (Dossier.ExternalIdRecord x : Dossier.orEmpty(r.externalIds())) {
                    ExternalId id = new ExternalId();
                    id.actorId = a.pk;
                    id.scheme = x.scheme();
                    id.value = x.value();
                    em.persist(id);
                }
                cite(a, r.citations());
            });
        }
        for (Dossier.PlaceRecord r : d.places()) {
            create(RecordType.PLACE, r.key(), () -> {
                Place p = new Place();
                p.key = r.key();
                p.name = r.name();
                p.kind = r.kind();
                p.countryCode = r.countryCode();
                p.latitude = r.latitude();
                p.longitude = r.longitude();
                return p;
            }, p -> {
                selfLinks.add(() -> p.withinId = id(RecordType.PLACE, r.within()));
                cite(p, r.citations());
            });
        }
        flushThen(selfLinks);

        for (Dossier.AffiliationRecord r : d.affiliations()) {
            create(RecordType.AFFILIATION, r.key(), () -> {
                Affiliation a = new Affiliation();
                a.key = r.key();
                a.actorId = id(RecordType.ACTOR, r.actor());
                a.organizationId = id(RecordType.ACTOR, r.organization());
                a.position = r.position();
                a.start = PartialDate.parseNullable(r.start());
                a.end = PartialDate.parseNullable(r.end());
                return a;
            }, a -> cite(a, r.citations()));
        }
        List<Runnable> eventLinks = new ArrayList<>();
        for (Dossier.EventRecord r : d.events()) {
            create(RecordType.EVENT, r.key(), () -> {
                Event e = new Event();
                e.key = r.key();
                e.kind = r.kind();
                e.status = r.status();
                e.title = r.title();
                e.summary = r.summary();
                e.start = PartialDate.parse(r.start());
                e.end = PartialDate.parseNullable(r.end());
                e.placeId = id(RecordType.PLACE, r.place());
                e.processId = id(RecordType.PROCESS, r.process());
                e.magnitude = r.magnitude() == null ? null : r.magnitude().toQuantity();
                e.cameoCode = r.cameoCode();
                e.ploverCategory = r.ploverCategory();
                e.ploverMode = r.ploverMode();
                return e;
            }, e -> {
                cite(e, r.citations());
                eventLinks.add(() -> {
                    e.partOfId = id(RecordType.EVENT, r.partOf());
                    for (Dossier.RelationRecord rel : Dossier.orEmpty(r.relations())) {
                        EventRelation relation = new EventRelation();
                        relation.kind = rel.kind();
                        relation.fromEventId = e.pk;
                        relation.toEventId = id(RecordType.EVENT, rel.event());
                        em.persist(relation);
                    }
                });
                for (Dossier.ParticipantRecord p : Dossier.orEmpty(r.participants())) {
                    Participation participation = new Participation();
                    participation.follow(e);
                    participation.actorId = id(RecordType.ACTOR, p.actor());
                    participation.role = p.role();
                    participation.attendance = p.attendance();
                    em.persist(participation);
                    created++;
                    cite(participation, p.citations());
                }
            });
        }
        flushThen(eventLinks);

        List<Runnable> responses = new ArrayList<>();
        for (Dossier.StatementRecord r : d.statements()) {
            create(RecordType.STATEMENT, r.key(), () -> {
                Statement s = new Statement();
                s.key = r.key();
                s.kind = r.kind();
                s.summary = r.summary();
                s.date = PartialDate.parse(r.date());
                s.eventId = id(RecordType.EVENT, r.event());
                s.processId = id(RecordType.PROCESS, r.process());
                return s;
            }, s -> {
                responses.add(() -> s.respondsToId = id(RecordType.STATEMENT, r.respondsTo()));
                for (String author : Dossier.orEmpty(r.authors())) {
                    em.persist(new StatementAuthor(s.pk, id(RecordType.ACTOR, author)));
                }
                for (Dossier.QuoteRecord q : Dossier.orEmpty(r.quotes())) {
                    Quote quote = new Quote();
                    quote.statementId = s.pk;
                    quote.text = q.text();
                    quote.speakerId = id(RecordType.ACTOR, q.speaker());
                    em.persist(quote);
                }
                cite(s, r.citations());
            });
        }
        flushThen(responses);

        Set<List<Long>> reciprocity = new LinkedHashSet<>();
        List<Runnable> pairs = new ArrayList<>();
        for (Dossier.CommitmentRecord r : d.commitments()) {
            create(RecordType.COMMITMENT, r.key(), () -> {
                Commitment c = new Commitment();
                c.key = r.key();
                c.kind = r.kind();
                c.description = r.description();
                c.status = r.status();
                c.quantity = r.quantity() == null ? null : r.quantity().toQuantity();
                c.deadline = PartialDate.parseNullable(r.deadline());
                c.madeAtEventId = id(RecordType.EVENT, r.madeAt());
                c.statementId = id(RecordType.STATEMENT, r.statement());
                c.processId = id(RecordType.PROCESS, r.process());
                return c;
            }, c -> {
                for (String obligor : Dossier.orEmpty(r.obligors())) {
                    em.persist(new CommitmentParty(c.pk, id(RecordType.ACTOR, obligor), CommitmentSide.OBLIGOR));
                }
                for (String beneficiary : Dossier.orEmpty(r.beneficiaries())) {
                    em.persist(new CommitmentParty(c.pk, id(RecordType.ACTOR, beneficiary), CommitmentSide.BENEFICIARY));
                }
                for (String event : Dossier.orEmpty(r.fulfilledBy())) {
                    em.persist(new Fulfilment(c.pk, id(RecordType.EVENT, event)));
                }
                for (Dossier.StatusChangeRecord h : Dossier.orEmpty(r.history())) {
                    CommitmentStatusChange change = new CommitmentStatusChange();
                    change.follow(c);
                    change.status = h.status();
                    change.date = PartialDate.parse(h.date());
                    change.note = h.note();
                    em.persist(change);
                    cite(change, h.citations());
                }
                pairs.add(() -> {
                    for (String other : Dossier.orEmpty(r.reciprocalTo())) {
                        long a = c.pk;
                        long b = id(RecordType.COMMITMENT, other);
                        reciprocity.add(List.of(Math.min(a, b), Math.max(a, b)));
                    }
                });
                cite(c, r.citations());
            });
        }
        pairs.forEach(Runnable::run);
        reciprocate(reciprocity);
        em.flush();
    }

    /** Creates the record for {@code key} unless it is stored, then runs {@code andThen} on the new record. */
    private <E extends AccordEntity> void create(RecordType type, String key, java.util.function.Supplier<E> make, Consumer<E> andThen) {
        if (ids.get(type).containsKey(key)) {
            linked++;
            return;
        }
        E entity = make.get();
        em.persist(entity);
        ids.get(type).put(key, entity.pk);
        created++;
        if (andThen != null) {
            andThen.accept(entity);
        }
    }

    private Long id(RecordType type, String key) {
        return key == null ? null : ids.get(type).get(key);
    }

    private void cite(AccordEntity subject, List<CitationRecord> citations) {
        for (CitationRecord c : Dossier.orEmpty(citations)) {
            em.persist(new Citation(subject, id(RecordType.SOURCE, c.source()), c.excerpt(), c.locator()));
        }
    }

    /**
     * Pairs are stored once, lower id first; both commitments may list each other, or the pair may
     * be stored already. One query finds the stored pairs among them (not one query and flush per
     * pair, which made large imports quadratic: every flush walks the whole persistence context).
     */
    private void reciprocate(Set<List<Long>> pairs) {
        if (pairs.isEmpty()) {
            return;
        }
        Set<Long> lower = new HashSet<>();
        pairs.forEach(pair -> lower.add(pair.get(0)));
        Set<List<Long>> stored = new HashSet<>();
        // Without an auto-flush: this run has written no pair yet, and deciding whether a flush is
        // needed walks every managed entity (about 11,000 in a bench dossier).
        em.createQuery("select r.commitmentId, r.otherId from Reciprocity r where any_equals(:ids, r.commitmentId)", Object[].class)
                .setParameter("ids", lower.toArray(Long[]::new)).setHibernateFlushMode(FlushMode.MANUAL).getResultList()
                .forEach(row -> stored.add(List.of((Long) row[0], (Long) row[1])));
        for (List<Long> pair : pairs) {
            if (!stored.contains(pair)) {
                em.persist(new Reciprocity(pair.get(0), pair.get(1)));
            }
        }
    }

    /**
     * Flushes the layer, then sets the links within it. Those changes are not flushed here: the
     * next flush writes them (updates run after that flush's inserts, and they point only at rows
     * already written), which saves a walk over every managed entity per layer.
     */
    private void flushThen(List<Runnable> links) {
        em.flush();
        links.forEach(Runnable::run);
        links.clear();
    }
}
