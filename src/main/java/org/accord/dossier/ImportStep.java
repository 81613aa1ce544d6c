package org.accord.dossier;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.accord.dossier.Dossier.CitationRecord;

/**
 * The import of one type of record ({@code R}, e.g. {@link Dossier.EventRecord}): its checks and
 * its write. {@link ImportRun} asks every step one phase at a time (references, dates, rules,
 * duplicates), in the order of {@link RecordType}, so that the problems come out phase by phase,
 * as they always have; a step overrides only the phases its records have.
 */
abstract class ImportStep<R> {

    /** A reference from the dossier to a keyed record. */
    interface Refs {
        void ref(String path, RecordType type, String key);
    }

    final RecordType type;
    /** The dossier's list of these records, as it appears in paths: {@code events}. */
    final String list;
    final List<R> records;
    final Function<R, String> key;
    final ImportContext ctx;
    /**
     * Links to records of the same layer (a place within a place, an event part of an event), set
     * once the layer is flushed: see {@link ImportRun#write()}.
     */
    final List<Runnable> afterFlush = new ArrayList<>();

    ImportStep(RecordType type, String list, List<R> records, Function<R, String> key, ImportContext ctx) {
        this.type = type;
        this.list = list;
        this.records = records;
        this.key = key;
        this.ctx = ctx;
    }

    /** The JSON path of the {@code i}th record: {@code $.events[3]}. */
    String path(int i) {
        return "$." + list + "[" + i + "]";
    }

    /** Gives every key reference of these records, with its path and the type it must name. */
    void references(Refs refs) {
    }

    /** Reports the dates that are not valid EDTF. */
    void checkDates() {
    }

    /** Reports what breaks a domain rule, asked of the entities' shared rule methods. */
    void checkRules() {
    }

    /** Reports what the database's unique constraints would refuse, with paths instead. */
    void checkDuplicates() {
    }

    /** Writes the records that are not stored yet, with what they own. */
    abstract void write();

    /** Sets the links of {@link #afterFlush}, once their layer is flushed. */
    final void link() {
        afterFlush.forEach(Runnable::run);
        afterFlush.clear();
    }

    /** The references of a list of keys, each with its own path ({@code $.statements[0].authors[1]}). */
    static void keys(Refs refs, String path, RecordType type, List<String> keys) {
        List<String> list = Dossier.orEmpty(keys);
        for (int j = 0; j < list.size(); j++) {
            refs.ref(path + "[" + j + "]", type, list.get(j));
        }
    }

    /** The sources cited by each of {@code cited}, the list at {@code path}. */
    static <T> void citations(Refs refs, String path, List<T> cited, Function<T, List<CitationRecord>> citations) {
        for (int i = 0; i < cited.size(); i++) {
            List<CitationRecord> list = Dossier.orEmpty(citations.apply(cited.get(i)));
            for (int j = 0; j < list.size(); j++) {
                refs.ref(path + "[" + i + "].citations[" + j + "].source", RecordType.SOURCE, list.get(j).source());
            }
        }
    }

    /** The sources these records cite. */
    void citations(Refs refs, Function<R, List<CitationRecord>> citations) {
        citations(refs, "$." + list, records, citations);
    }
}
