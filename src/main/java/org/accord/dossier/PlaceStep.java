package org.accord.dossier;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.accord.dossier.Dossier.PlaceRecord;
import org.accord.place.Place;

/** Places, each possibly within another place. */
final class PlaceStep extends ImportStep<PlaceRecord> {

    PlaceStep(List<PlaceRecord> records, ImportContext ctx) {
        super(RecordType.PLACE, "places", records, PlaceRecord::key, ctx);
    }

    @Override
    void references(Refs refs) {
        for (int i = 0; i < records.size(); i++) {
            refs.ref(path(i) + ".within", RecordType.PLACE, records.get(i).within());
        }
        citations(refs, PlaceRecord::citations);
    }

    /**
     * The rule createPlace applies: no place lies within itself, directly or through others. A
     * place whose key is stored is only linked to, so chains are followed through the dossier's
     * new places alone: a stored place's chain cannot lead back to them.
     */
    @Override
    void checkRules() {
        Map<String, String> within = new HashMap<>();
        records.stream().filter(p -> ctx.isNew(type, p.key())).forEach(p -> within.put(p.key(), p.within()));
        for (int i = 0; i < records.size(); i++) {
            PlaceRecord p = records.get(i);
            if (ctx.isNew(type, p.key())) {
                ctx.rule(path(i) + ".within", Place.withinProblem(p.key(), p.within(), within::get, key -> "place '" + key + "'"));
            }
        }
    }

    @Override
    void write() {
        for (PlaceRecord r : records) {
            ctx.create(type, r.key(), () -> {
                Place p = new Place();
                p.key = r.key();
                p.name = r.name();
                p.kind = r.kind();
                p.countryCode = r.countryCode();
                p.latitude = r.latitude();
                p.longitude = r.longitude();
                return p;
            }, p -> {
                afterFlush.add(() -> p.withinId = ctx.id(type, r.within()));
                ctx.cite(p, r.citations());
            });
        }
    }
}
