package org.accord.graphql;

import io.quarkus.hibernate.orm.panache.Panache;
import java.util.Map;
import org.accord.actor.Actor;
import org.accord.actor.ActorName;
import org.accord.actor.Affiliation;
import org.accord.actor.ExternalId;
import org.accord.commitment.Commitment;
import org.accord.commitment.CommitmentStatusChange;
import org.accord.event.Event;
import org.accord.event.EventRelation;
import org.accord.event.Participation;
import org.accord.place.Place;
import org.accord.process.Process;
import org.accord.source.Citation;
import org.accord.source.Source;
import org.accord.statement.Quote;
import org.accord.statement.Statement;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

/** {@code node(id:)}: the one place that knows every Node type. */
@GraphQLApi
public class NodeApi {

    private static final Map<String, Class<? extends AccordEntity>> TYPES = Map.ofEntries(
            Map.entry(Actor.TYPE, Actor.class),
            Map.entry(ActorName.TYPE, ActorName.class),
            Map.entry(ExternalId.TYPE, ExternalId.class),
            Map.entry(Affiliation.TYPE, Affiliation.class),
            Map.entry(Place.TYPE, Place.class),
            Map.entry(Process.TYPE, Process.class),
            Map.entry(Event.TYPE, Event.class),
            Map.entry(EventRelation.TYPE, EventRelation.class),
            Map.entry(Participation.TYPE, Participation.class),
            Map.entry(Statement.TYPE, Statement.class),
            Map.entry(Quote.TYPE, Quote.class),
            Map.entry(Commitment.TYPE, Commitment.class),
            Map.entry(CommitmentStatusChange.TYPE, CommitmentStatusChange.class),
            Map.entry(Source.TYPE, Source.class),
            Map.entry(Citation.TYPE, Citation.class));

    @Query
    @Description("The record with this global id, whatever its type, or null if there is none.")
    public Node node(@NonNull @Id @Description("A global id, as any `id` field returns it.") String id) {
        GlobalId global = GlobalId.decode(id);
        Class<? extends AccordEntity> type = TYPES.get(global.type());
        if (type == null) {
            throw new BadUserInputException("Id '" + id + "' names an unknown type '" + global.type() + "'");
        }
        return (Node) Panache.getEntityManager().find(type, global.pk());
    }
}
