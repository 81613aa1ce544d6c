package org.accord.dossier;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.accord.dossier.Dossier.EventRecord;
import org.accord.dossier.Dossier.ParticipantRecord;
import org.accord.dossier.Dossier.RelationRecord;
import org.accord.event.Event;
import org.accord.event.EventRelation;
import org.accord.event.Participation;
import org.accord.graphql.PartialDate;

/**
 * Events, with their participations and their relations to other events. An event without a
 * start is undated: its date is unknown.
 */
final class EventStep extends ImportStep<EventRecord> {

    EventStep(List<EventRecord> records, ImportContext ctx) {
        super(RecordType.EVENT, "events", records, EventRecord::key, ctx);
    }

    @Override
    void references(Refs refs) {
        for (int i = 0; i < records.size(); i++) {
            EventRecord e = records.get(i);
            String path = path(i);
            refs.ref(path + ".place", RecordType.PLACE, e.place());
            refs.ref(path + ".process", RecordType.PROCESS, e.process());
            refs.ref(path + ".partOf", RecordType.EVENT, e.partOf());
            List<RelationRecord> relations = Dossier.orEmpty(e.relations());
            for (int j = 0; j < relations.size(); j++) {
                refs.ref(path + ".relations[" + j + "].event", RecordType.EVENT, relations.get(j).event());
            }
            List<ParticipantRecord> participants = Dossier.orEmpty(e.participants());
            for (int j = 0; j < participants.size(); j++) {
                refs.ref(path + ".participants[" + j + "].actor", RecordType.ACTOR, participants.get(j).actor());
            }
            citations(refs, path + ".participants", participants, ParticipantRecord::citations);
        }
        citations(refs, EventRecord::citations);
    }

    @Override
    void checkDates() {
        for (int i = 0; i < records.size(); i++) {
            ctx.date(path(i) + ".start", records.get(i).start());
            ctx.date(path(i) + ".end", records.get(i).end());
        }
    }

    /**
     * The rules createEvent applies: an event does not end before it starts (an undated one
     * cannot), and no event is part of itself, directly or through others. An event whose key is
     * stored is only linked to, so chains are followed through the dossier's new events alone: a
     * stored event's chain cannot lead back to them.
     */
    @Override
    void checkRules() {
        Map<String, String> partOf = new HashMap<>();
        records.stream().filter(e -> ctx.isNew(type, e.key())).forEach(e -> partOf.put(e.key(), e.partOf()));
        for (int i = 0; i < records.size(); i++) {
            EventRecord e = records.get(i);
            if (ImportContext.valid(e.start(), e.end())) {
                ctx.rule(path(i) + ".end", Event.datesProblem(ImportContext.parsed(e.start()), ImportContext.parsed(e.end())));
            }
            if (ctx.isNew(type, e.key())) {
                ctx.rule(path(i) + ".partOf", Event.partOfProblem(e.key(), e.partOf(), partOf::get, key -> "event '" + key + "'"));
            }
        }
    }

    @Override
    void checkDuplicates() {
        for (int i = 0; i < records.size(); i++) {
            EventRecord e = records.get(i);
            Set<String> seen = new HashSet<>();
            List<ParticipantRecord> participants = Dossier.orEmpty(e.participants());
            for (int j = 0; j < participants.size(); j++) {
                ParticipantRecord p = participants.get(j);
                if (!seen.add(ctx.actor(p.actor()) + " " + p.role())) {
                    ctx.problem(path(i) + ".participants[" + j + "]", "actor '" + p.actor() + "' is already a " + p.role() + " of this event");
                }
            }
            List<RelationRecord> relations = Dossier.orEmpty(e.relations());
            for (int j = 0; j < relations.size(); j++) {
                if (e.key().equals(relations.get(j).event())) {
                    ctx.problem(path(i) + ".relations[" + j + "].event", "an event cannot relate to itself");
                }
            }
            ctx.unique(path(i) + ".relations", relations.stream().map(r -> r.kind() + " " + r.event()).toList());
        }
    }

    /** Its part-of link and its relations point at events of this layer: they are set once it is flushed. */
    @Override
    void write() {
        for (EventRecord r : records) {
            ctx.create(type, r.key(), () -> {
                Event e = new Event();
                e.key = r.key();
                e.kind = r.kind();
                e.status = r.status();
                e.title = r.title();
                e.summary = r.summary();
                e.start = PartialDate.parseNullable(r.start());
                e.end = PartialDate.parseNullable(r.end());
                e.placeId = ctx.id(RecordType.PLACE, r.place());
                e.processId = ctx.id(RecordType.PROCESS, r.process());
                e.magnitude = r.magnitude() == null ? null : r.magnitude().toQuantity();
                e.cameoCode = r.cameoCode();
                e.ploverCategory = r.ploverCategory();
                e.ploverMode = r.ploverMode();
                return e;
            }, e -> {
                ctx.cite(e, r.citations());
                afterFlush.add(() -> {
                    e.partOfId = ctx.id(type, r.partOf());
                    for (RelationRecord rel : Dossier.orEmpty(r.relations())) {
                        EventRelation relation = new EventRelation();
                        relation.kind = rel.kind();
                        relation.fromEventId = e.pk;
                        relation.toEventId = ctx.id(type, rel.event());
                        ctx.em.persist(relation);
                    }
                });
                for (ParticipantRecord p : Dossier.orEmpty(r.participants())) {
                    Participation participation = new Participation();
                    participation.follow(e);
                    participation.actorId = ctx.id(RecordType.ACTOR, p.actor());
                    participation.role = p.role();
                    participation.attendance = p.attendance();
                    ctx.persistCounted(participation);
                    ctx.cite(participation, p.citations());
                }
            });
        }
    }
}
