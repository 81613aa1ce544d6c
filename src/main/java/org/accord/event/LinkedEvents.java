package org.accord.event;

import io.smallrye.graphql.api.Context;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import org.accord.actor.Actor;
import org.accord.graphql.ArgumentBatch;
import org.accord.graphql.Connections;
import org.accord.graphql.Ordering;
import org.accord.graphql.Page;
import org.accord.graphql.PageArgs;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

/**
 * The events of an actor ({@code Actor.participations}, {@code Actor.mediatedEvents}), resolved
 * here, in the package whose participation rows hold the links, so that actor need not know
 * events. Both are paged in SQL per actor.
 */
@GraphQLApi
public class LinkedEvents {

    @Inject
    Context context;

    @NonNull
    @Description("Its parts in events, in the order they were recorded.")
    public CompletionStage<ParticipationConnection> participations(@Source Actor actor,
            @Description("Only participations in this role.") ParticipationRole role,
            @Description(PageArgs.FIRST) Integer first, @Description(PageArgs.AFTER) String after,
            @Description(PageArgs.LAST) Integer last, @Description(PageArgs.BEFORE) String before) {
        record Args(ParticipationRole role, Page page) {
        }
        return ArgumentBatch.load(context, "Actor.participations", actor, new Args(role, Page.of(first, after, last, before)), (actors, args) -> {
            Map<String, Object> params = args.role() == null ? Map.of() : Map.of("role", args.role());
            // Paged in SQL, as mediatedEvents: a state takes part in thousands of events, and
            // loading them all to keep ten made the actor list with participations 4x dearer.
            Connections.Window rows = Connections.window(actors, "e.actorId", "from Participation e where any_equals(:ids, e.actorId)"
                    + (args.role() == null ? "" : " and e.role = :role"), params, Participation.class, Ordering.byId(), args.page());
            return Connections.perParent(actors, rows, Ordering.<Participation>byId(), args.page(), ParticipationConnection::new);
        });
    }


    @NonNull
    @Description("The events it mediated, in time order (undated events last): the first step of mediator → meetings → commitments.")
    public CompletionStage<EventConnection> mediatedEvents(@Source Actor actor,
            @Description("Only events of this kind, e.g. MEETING.") EventKind kind,
            @Description(PageArgs.FIRST) Integer first, @Description(PageArgs.AFTER) String after,
            @Description(PageArgs.LAST) Integer last, @Description(PageArgs.BEFORE) String before) {
        record Args(EventKind kind, Page page) {
        }
        return ArgumentBatch.load(context, "Actor.mediatedEvents", actor, new Args(kind, Page.of(first, after, last, before)), (actors, args) -> {
            Map<String, Object> params = new HashMap<>(Map.of("role", ParticipationRole.MEDIATOR));
            if (args.kind() != null) {
                params.put("kind", args.kind());
            }
            // Paged in SQL from participation alone (its copies of the events' kind and start are
            // indexed): a mediator may have thousands of meetings and the page wants ten. One
            // actor's page is read in the order of the index (actor, role, [kind,] start, event).
            Connections.Window rows = Connections.window(actors, "p.actorId", "p.actorId, p.role" + (args.kind() == null ? "" : ", p.eventKind"), "from Participation p"
                    + " where any_equals(:ids, p.actorId) and p.role = :role" + (args.kind() == null ? "" : " and p.eventKind = :kind"),
                    params, Event.class, EventApi.BY_PARTICIPATION, args.page());
            return Connections.perParent(actors, rows, EventApi.CHRONOLOGICAL, args.page(), EventConnection::new);
        });
    }

}
