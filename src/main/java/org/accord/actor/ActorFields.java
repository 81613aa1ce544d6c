package org.accord.actor;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletionStage;
import io.smallrye.graphql.api.Context;
import jakarta.inject.Inject;
import org.accord.graphql.ArgumentBatch;
import org.accord.commitment.CommitmentApi;
import org.accord.commitment.CommitmentConnection;
import org.accord.commitment.CommitmentSide;
import org.accord.commitment.CommitmentStatus;
import org.accord.event.Event;
import org.accord.event.EventApi;
import org.accord.event.EventConnection;
import org.accord.event.EventKind;
import org.accord.event.Participation;
import org.accord.event.ParticipationConnection;
import org.accord.event.ParticipationRole;
import org.accord.graphql.Batch;
import org.accord.graphql.Connections;
import org.accord.graphql.Ordering;
import org.accord.graphql.Page;
import org.accord.graphql.PageArgs;
import org.accord.source.Citation;
import org.accord.statement.StatementApi;
import org.accord.statement.StatementConnection;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

/**
 * Fields of Actor and Affiliation resolved from other rows: one query per field for all the actors
 * of a level. Fields with arguments go through {@link ArgumentBatch} (one query per distinct set
 * of arguments); nested connections are paged per actor in memory.
 */
@GraphQLApi
public class ActorFields {

    @Inject
    Context context;

    @NonNull
    @Description("Its other names: official and short forms, aliases, metonyms, transliterations.")
    public List<@NonNull List<@NonNull ActorName>> names(@Source List<Actor> actors) {
        List<ActorName> names = Batch.list("from ActorName e where any_equals(:ids, e.actorId) order by e.pk", ActorName.class, actors);
        return Batch.group(actors, names, n -> n.actorId);
    }

    @NonNull
    @Description("Its identifiers in other datasets.")
    public List<@NonNull List<@NonNull ExternalId>> externalIds(@Source List<Actor> actors) {
        List<ExternalId> ids = Batch.list("from ExternalId e where any_equals(:ids, e.actorId) order by e.pk", ExternalId.class, actors);
        return Batch.group(actors, ids, x -> x.actorId);
    }

    @NonNull
    @Description("The positions it holds in other actors, e.g. Pashinyan as Prime Minister.")
    public List<@NonNull List<@NonNull Affiliation>> affiliations(@Source List<Actor> actors) {
        List<Affiliation> list = Batch.list("from Affiliation e where any_equals(:ids, e.actorId) order by e.pk", Affiliation.class, actors);
        return Batch.group(actors, list, a -> a.actorId);
    }

    @NonNull
    @Description("The positions others hold in it, e.g. the Prime Minister in a government.")
    public List<@NonNull List<@NonNull Affiliation>> members(@Source List<Actor> actors) {
        List<Affiliation> list = Batch.list("from Affiliation e where any_equals(:ids, e.organizationId) order by e.pk", Affiliation.class, actors);
        return Batch.group(actors, list, a -> a.organizationId);
    }

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
    @Description("The events it mediated, in time order: the first step of mediator → meetings → commitments.")
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

    @NonNull
    @Description("The statements it authored, in date order.")
    public CompletionStage<StatementConnection> statements(@Source Actor actor,
            @Description(PageArgs.FIRST) Integer first, @Description(PageArgs.AFTER) String after,
            @Description(PageArgs.LAST) Integer last, @Description(PageArgs.BEFORE) String before) {
        return ArgumentBatch.load(context, "Actor.statements", actor, Page.of(first, after, last, before), (actors, page) -> {
            List<Object[]> rows = Batch.rows("select a.actorId, s from StatementAuthor a join Statement s on s.pk = a.statementId"
                    + " where any_equals(:ids, a.actorId) order by s.date.earliest, s.pk", actors, Map.of());
            return Connections.perParent(actors, rows, StatementApi.CHRONOLOGICAL, page, StatementConnection::new);
        });
    }

    @NonNull
    @Description("The commitments it made (OBLIGOR) or that benefit it (BENEFICIARY), in the order they were recorded.")
    public CompletionStage<CommitmentConnection> commitments(@Source Actor actor,
            @Description("Only commitments where the actor is on this side; both sides if omitted.") CommitmentSide side,
            @Description("Only commitments in one of these statuses.") List<CommitmentStatus> status,
            @Description(PageArgs.FIRST) Integer first, @Description(PageArgs.AFTER) String after,
            @Description(PageArgs.LAST) Integer last, @Description(PageArgs.BEFORE) String before) {
        record Args(CommitmentSide side, List<CommitmentStatus> statuses, Page page) {
        }
        List<CommitmentStatus> statuses = status == null ? List.of() : status.stream().filter(Objects::nonNull).distinct().toList();
        return ArgumentBatch.load(context, "Actor.commitments", actor, new Args(side, statuses, Page.of(first, after, last, before)), (actors, args) -> {
            Map<String, Object> params = new HashMap<>();
            String hql = "select p.actorId, c from CommitmentParty p join Commitment c on c.pk = p.commitmentId where any_equals(:ids, p.actorId)";
            if (args.side() != null) {
                hql += " and p.side = :side";
                params.put("side", args.side());
            }
            if (!args.statuses().isEmpty()) {
                hql += " and c.status in :status";
                params.put("status", args.statuses());
            }
            List<Object[]> rows = Batch.rows(hql + " order by c.pk", actors, params);
            return Connections.perParent(actors, rows, CommitmentApi.AS_RECORDED, args.page(), CommitmentConnection::new);
        });
    }

    @NonNull
    @Description("The sources that report this actor.")
    public List<@NonNull List<@NonNull Citation>> sources(@Source List<Actor> actors) {
        return Citation.of(actors);
    }

    @NonNull
    @Description("The actor holding the position.")
    public List<@NonNull Actor> actor(@Source List<Affiliation> affiliations) {
        return Batch.toOne(affiliations, a -> a.actorId, Actor.class);
    }

    @NonNull
    @Description("The actor the position is in.")
    public List<@NonNull Actor> organization(@Source List<Affiliation> affiliations) {
        return Batch.toOne(affiliations, a -> a.organizationId, Actor.class);
    }

    @NonNull
    @Name("sources")
    @Description("The sources that report this position.")
    public List<@NonNull List<@NonNull Citation>> affiliationSources(@Source List<Affiliation> affiliations) {
        return Citation.of(affiliations);
    }
}
