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

    /** Each actor's first participations in the order they were recorded (one query for all actors). */
    @Transactional
    public List<List<Participation>> participations(@Source List<Actor> actors, int first) {
        List<Long> ids = actors.stream().map(a -> a.id).toList();
        Map<Long, List<Participation>> byActor = new LinkedHashMap<>();
        for (Participation p : Participation.<Participation>list("actorId in ?1 order by id", ids)) {
            List<Participation> list = byActor.computeIfAbsent(p.actorId, k -> new ArrayList<>());
            if (list.size() < first) {
                list.add(p);
            }
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
