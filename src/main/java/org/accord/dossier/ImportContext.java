package org.accord.dossier;

import io.quarkus.hibernate.orm.panache.Panache;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.accord.dossier.Dossier.CitationRecord;
import org.accord.graphql.AccordEntity;
import org.accord.graphql.InvalidPartialDateException;
import org.accord.graphql.PartialDate;
import org.accord.source.Citation;
import org.hibernate.Session;

/**
 * What the steps of one import share: the session, the keys the dossier declares, the ids of the
 * records that are stored or written, the problems found so far and the counts of the result;
 * and the few helpers every step checks and writes with.
 */
final class ImportContext {

    /**
     * The transaction's own session, unwrapped once: {@code entity.persist()} and the injected
     * proxy look the session up again on every call (a bean look-up and a transaction-registry
     * look-up) for each of the ~11,000 rows of a dossier: about 4 % of an import's time in a JFR profile.
     */
    final Session em = Panache.getEntityManager().unwrap(Session.class);
    /** Each problem as "JSON path: what is wrong", in the order found. */
    final List<String> problems = new ArrayList<>();
    /** Keys the dossier declares, per type, with the path that declares them. */
    final Map<RecordType, Map<String, String>> declared = new EnumMap<>(RecordType.class);
    /** Database id of every key that is stored or has been written by this run, per type. */
    final Map<RecordType, Map<String, Long>> ids = new EnumMap<>(RecordType.class);
    /** Records written: keyed records and participations (see {@link #persistCounted}). */
    int created;
    /** Keyed records of the dossier that were stored already, and only linked to. */
    int linked;

    ImportContext() {
        for (RecordType t : RecordType.values()) {
            declared.put(t, new HashMap<>());
            ids.put(t, new HashMap<>());
        }
    }

    // ---- checking -------------------------------------------------------------------------

    void problem(String path, String problem) {
        problems.add(path + ": " + problem);
    }

    /** Reports the problem a shared rule method found, if it found one. */
    void rule(String path, String problem) {
        if (problem != null) {
            problem(path, problem);
        }
    }

    /** Reports a date that is not valid EDTF; an absent date is fine. */
    void date(String path, String edtf) {
        try {
            PartialDate.parseNullable(edtf);
        } catch (InvalidPartialDateException e) {
            problem(path, e.getMessage());
        }
    }

    /** Whether each date is absent or valid EDTF: a rule on dates is checked only then ({@link #date} reports the rest). */
    static boolean valid(String... edtfs) {
        for (String edtf : edtfs) {
            if (edtf != null && parsed(edtf) == null) {
                return false;
            }
        }
        return true;
    }

    /** The date, or null where it is absent or invalid ({@link #date} reports the latter). */
    static PartialDate parsed(String edtf) {
        try {
            return PartialDate.parseNullable(edtf);
        } catch (InvalidPartialDateException e) {
            return null;
        }
    }

    /** Reports each value listed again after its first time in the list at {@code path}. */
    void unique(String path, List<String> values) {
        Set<String> seen = new HashSet<>();
        for (int j = 0; j < values.size(); j++) {
            if (!seen.add(values.get(j))) {
                problem(path + "[" + j + "]", "'" + values.get(j) + "' is listed twice");
            }
        }
    }

    /** Whether the dossier's record of this key is to be written: its key is not stored yet. */
    boolean isNew(RecordType type, String key) {
        return !ids.get(type).containsKey(key);
    }

    /**
     * The identity an actor reference resolves to: the stored actor's id when it has one (two keys
     * may name one stored actor, through an external id), otherwise the key itself.
     */
    String actor(String key) {
        Long stored = ids.get(RecordType.ACTOR).get(key);
        return stored == null ? key : "stored actor " + stored;
    }

    List<String> actors(List<String> keys) {
        return Dossier.orEmpty(keys).stream().map(this::actor).toList();
    }

    // ---- writing --------------------------------------------------------------------------

    /** Creates the record for {@code key} unless it is stored, then runs {@code andThen} on the new record. */
    <E extends AccordEntity> void create(RecordType type, String key, Supplier<E> make, Consumer<E> andThen) {
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

    /** Persists a record that has no key but counts in {@code created} all the same: a participation. */
    void persistCounted(AccordEntity entity) {
        em.persist(entity);
        created++;
    }

    /** The id of the stored or written record of {@code key}; null for no key. */
    Long id(RecordType type, String key) {
        return key == null ? null : ids.get(type).get(key);
    }

    void cite(AccordEntity subject, List<CitationRecord> citations) {
        for (CitationRecord c : Dossier.orEmpty(citations)) {
            em.persist(new Citation(subject, id(RecordType.SOURCE, c.source()), c.excerpt(), c.locator()));
        }
    }
}
