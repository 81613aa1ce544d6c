package org.accord.actor;

import io.quarkus.hibernate.orm.panache.Panache;
import java.util.List;
import org.accord.graphql.BadUserInputException;
import org.accord.graphql.Connections;
import org.accord.graphql.Nodes;
import org.accord.graphql.Ordering;
import org.accord.graphql.Page;
import org.accord.graphql.PageArgs;
import org.accord.graphql.Where;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

/** Root queries for actors. */
@GraphQLApi
public class ActorApi {

    static final Ordering<Actor> BY_NAME = Ordering.byText("e.name", a -> a.name);

    /** Matches an actor whose canonical or other name, folded, satisfies {@code test} on :name. */
    private static String anyName(String test) {
        return "(e.normalizedName " + test + " or exists (select 1 from ActorName n where n.actorId = e.pk and n.normalizedName " + test + "))";
    }

    @Query
    @Description("The actor with this id, or null.")
    public Actor actor(@NonNull @Id @Description("An Actor id.") String id) {
        return Nodes.find(Actor.class, id);
    }

    @Query
    @NonNull
    @Description("Actors matching the filter, by name.")
    public ActorConnection actors(
            @Description("Criteria the actors must meet.") ActorFilter filter,
            @Description(PageArgs.FIRST) Integer first, @Description(PageArgs.AFTER) String after,
            @Description(PageArgs.LAST) Integer last, @Description(PageArgs.BEFORE) String before) {
        ActorFilter f = filter == null ? new ActorFilter() : filter;
        String name = f.name == null ? null : Where.containing(Names.normalize(f.name));
        Where where = Where.all()
                .and("e.kind = :kind", "kind", f.kind)
                .and("e.countryCode = :countryCode", "countryCode", f.countryCode)
                .and(anyName("like :name escape '\\'"), "name", name);
        return Connections.query(Actor.class, where, BY_NAME, Page.of(first, after, last, before), ActorConnection::new);
    }

    @Query
    @NonNull
    @Description("The actors known by this name: canonical names, official and short forms, aliases, metonyms (Baku) and transliterations (Pashinian), ignoring case and accents.")
    public List<@NonNull Actor> resolveActors(@NonNull @Description("The name as a source writes it.") String name) {
        String folded = Names.normalize(name);
        if (folded.isEmpty()) {
            throw new BadUserInputException("Argument 'name' is blank");
        }
        return Panache.getEntityManager()
                .createQuery("from Actor e where " + anyName("= :name") + " order by e.name, e.pk", Actor.class)
                .setParameter("name", folded)
                .getResultList();
    }
}
