package org.accord.dossier;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.accord.dossier.Dossier.SourceRecord;
import org.accord.graphql.PartialDate;
import org.accord.source.Source;

/** Sources: matched to stored ones by url as well as by key; they cite and link to nothing. */
final class SourceStep extends ImportStep<SourceRecord> {

    SourceStep(List<SourceRecord> records, ImportContext ctx) {
        super(RecordType.SOURCE, "sources", records, SourceRecord::key, ctx);
    }

    /**
     * A source whose url is stored is the stored source: it is linked to, as if its key were
     * stored. A url given twice in the dossier is a problem (the database holds each url once).
     */
    void matchStoredUrls() {
        Map<String, String> urls = new HashMap<>();
        for (int i = 0; i < records.size(); i++) {
            String url = records.get(i).url();
            String earlier = url == null ? null : urls.putIfAbsent(url, path(i) + ".url");
            if (earlier != null) {
                ctx.problem(path(i) + ".url", "'" + url + "' is already given at " + earlier);
            }
        }
        // One query for all urls, not one per source.
        if (urls.isEmpty()) {
            return;
        }
        Map<String, Long> stored = new HashMap<>();
        ctx.em.createQuery("select e.url, e.pk from Source e where e.url in :urls", Object[].class).setParameter("urls", urls.keySet())
                .getResultList().forEach(row -> stored.put((String) row[0], (Long) row[1]));
        Map<String, Long> ids = ctx.ids.get(type);
        for (SourceRecord s : records) {
            if (s.url() != null && !ids.containsKey(s.key()) && stored.containsKey(s.url())) {
                ids.put(s.key(), stored.get(s.url()));
            }
        }
    }

    @Override
    void checkDates() {
        for (int i = 0; i < records.size(); i++) {
            ctx.date(path(i) + ".published", records.get(i).published());
        }
    }

    @Override
    void write() {
        for (SourceRecord r : records) {
            ctx.create(type, r.key(), () -> {
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
    }
}
