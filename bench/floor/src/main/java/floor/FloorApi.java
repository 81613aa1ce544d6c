package floor;

import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

/**
 * The floor's queries, written as the Quarkus guides write them: a root list, and batched child
 * fields ({@code @Source List<...>}) that each read one level with one query. The query the bench
 * compares against Accord: {@code { actors(first: 20) { name participations(first: 10) { role
 * event { title } } } }}, the same rows in the same order as Accord's
 * {@code actors(first: 20) { nodes { name participations(first: 10) { nodes { role event { title } } } } }}.
 */
@GraphQLApi
public class FloorApi {

    /** The first actors by name, as Accord's actors list orders them. */
    @Query
    @Transactional
    public List<Actor> actors(int first) {
        return Actor.find("order by name, id").page(0, first).list();
    }

    /**
     * Each actor's first participations in the order they were recorded: one query for all actors,
     * which reads only the first {@code first} of each (ROW_NUMBER() per actor), as Accord does.
     */
    @Transactional
    public List<List<Participation>> participations(@Source List<Actor> actors, int first) {
        List<Long> ids = actors.stream().map(a -> a.id).toList();
        Map<Long, List<Participation>> byActor = new LinkedHashMap<>();
        List<Participation> page = Participation.getEntityManager().createQuery("select p from (select q.id as id,"
                + " row_number() over (partition by q.actorId order by q.id) as rn from Participation q where q.actorId in :ids) t"
                + " join Participation p on p.id = t.id where t.rn <= :first order by p.actorId, p.id", Participation.class)
                .setParameter("ids", ids).setParameter("first", (long) first).getResultList();
        for (Participation p : page) {
            byActor.computeIfAbsent(p.actorId, k -> new ArrayList<>()).add(p);
        }
        return actors.stream().map(a -> byActor.getOrDefault(a.id, List.of())).toList();
    }

    /** The event of each participation (one query for all of them). */
    @Transactional
    public List<Event> event(@Source List<Participation> participations) {
        Map<Long, Event> byId = new HashMap<>();
        List<Long> ids = participations.stream().map(p -> p.eventId).distinct().toList();
        Event.<Event>list("id in ?1", ids).forEach(e -> byId.put(e.id, e));
        return participations.stream().map(p -> byId.get(p.eventId)).toList();
    }
}
