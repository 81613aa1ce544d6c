package org.accord.search;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.accord.graphql.AccordEntity;
import org.accord.graphql.BadUserInputException;
import org.accord.graphql.Connections;
import org.accord.graphql.Cursor;
import org.accord.graphql.Folding;
import org.accord.graphql.Page;
import org.accord.graphql.PageArgs;
import org.accord.graphql.Where;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

/**
 * {@code search}: one ranked list over actors (all their names), events (title and summary),
 * statements (summary and quotes) and commitments (description).
 *
 * <p>Texts are compared folded (case and diacritics ignored, {@link Folding}). A record matches
 * when its text contains every word of the query; it ranks 0 when the text is the query, 1 when it
 * starts with it, 2 when it contains it as a phrase, 3 otherwise; ties go by id. Each type is one
 * query with the same keyset conditions, and the four ordered slices are merged, so paging is
 * exact across types. On PostgreSQL, trigram indexes serve the LIKE conditions.
 */
@GraphQLApi
public class SearchApi {

    static final int MAX_WORDS = 10;

    /** How one type is searched: its entity, and its text test given an operator and parameter. */
    private record Target(Class<? extends AccordEntity> type, Function<String, String> text) {
    }

    private static final List<Target> TARGETS = List.of(
            new Target(org.accord.actor.Actor.class, t -> "(e.normalizedName " + t
                    + " or exists (select 1 from ActorName n where n.actorId = e.pk and n.normalizedName " + t + "))"),
            new Target(org.accord.event.Event.class, t -> "e.searchText " + t),
            new Target(org.accord.statement.Statement.class, t -> "(e.searchText " + t
                    + " or exists (select 1 from Quote q where q.statementId = e.pk and q.searchText " + t + "))"),
            new Target(org.accord.commitment.Commitment.class, t -> "e.searchText " + t));

    private record Hit(AccordEntity entity, int rank) {
        Cursor cursor() {
            return new Cursor(entity.pk, Integer.toString(rank));
        }
    }

    @Query
    @NonNull
    @Description("Actors (by any of their names), events, statements (with their quotes) and commitments whose text contains every word of `text`, ignoring case and accents; best matches first (the whole text, then text starting with it, then containing it as a phrase, then the words apart).")
    public SearchResultConnection search(
            @NonNull @Description("Words to find, e.g. \"peace treaty\" or \"pashinian\".") String text,
            @Description(PageArgs.FIRST) Integer first, @Description(PageArgs.AFTER) String after,
            @Description(PageArgs.LAST) Integer last, @Description(PageArgs.BEFORE) String before) {
        String query = Folding.fold(text);
        if (query.isEmpty()) {
            throw new BadUserInputException("Argument 'text' is blank");
        }
        List<String> words = Arrays.stream(query.split(" ")).distinct().toList();
        if (words.size() > MAX_WORDS) {
            throw new BadUserInputException("Argument 'text' has " + words.size() + " words; search takes at most " + MAX_WORDS);
        }
        Page page = Page.of(first, after, last, before);
        Map<String, Object> params = new HashMap<>();
        params.put("exact", query);
        params.put("prefix", Where.containing(query).substring(1));
        params.put("phrase", Where.containing(query));
        List<String> match = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            params.put("w" + i, Where.containing(words.get(i)));
            match.add("w" + i);
        }

        int total = 0;
        List<Hit> hits = new ArrayList<>();
        for (Target target : TARGETS) {
            String rank = "case when " + target.text().apply("= :exact") + " then 0 when " + target.text().apply("like :prefix escape '\\'")
                    + " then 1 when " + target.text().apply("like :phrase escape '\\'") + " then 2 else 3 end";
            String where = " where " + String.join(" and ", match.stream().map(w -> target.text().apply("like :" + w + " escape '\\'")).toList());
            total += count(target, where, params);
            if (page.size() > 0) {
                hits.addAll(slice(target, where, rank, page, params));
            }
        }
        Comparator<Hit> order = Comparator.comparingInt(Hit::rank).thenComparing(h -> h.entity().pk);
        hits.sort(page.backward() ? order.reversed() : order);
        List<SearchResult> rows = hits.stream().limit(page.size() + 1L).map(h -> (SearchResult) h.entity()).toList();
        Map<AccordEntity, Hit> byEntity = new HashMap<>();
        hits.forEach(h -> byEntity.put(h.entity(), h));
        return Connections.slice(rows, r -> byEntity.get((AccordEntity) r).cursor(), page, total, SearchResultConnection::new);
    }

    private static int count(Target target, String where, Map<String, Object> params) {
        TypedQuery<Long> q = Panache.getEntityManager().createQuery("select count(e) from " + target.type().getSimpleName() + " e" + where, Long.class);
        params.forEach((name, value) -> {
            if (name.startsWith("w")) {
                q.setParameter(name, value);
            }
        });
        return q.getSingleResult().intValue();
    }

    /** Up to size + 1 hits of one type beyond the page's cursors, in reading order. */
    private static List<Hit> slice(Target target, String where, String rank, Page page, Map<String, Object> params) {
        StringBuilder hql = new StringBuilder("select e, " + rank + " from " + target.type().getSimpleName() + " e" + where);
        Map<String, Object> all = new HashMap<>(params);
        keyset(hql, rank, page.after(), ">", "after", all);
        keyset(hql, rank, page.before(), "<", "before", all);
        String direction = page.backward() ? " desc" : "";
        hql.append(" order by ").append(rank).append(direction).append(", e.pk").append(direction);
        TypedQuery<Object[]> q = Panache.getEntityManager().createQuery(hql.toString(), Object[].class);
        all.forEach(q::setParameter);
        return q.setMaxResults(page.size() + 1).getResultList().stream()
                .map(row -> new Hit((AccordEntity) row[0], ((Number) row[1]).intValue())).toList();
    }

    private static void keyset(StringBuilder hql, String rank, Cursor cursor, String op, String name, Map<String, Object> params) {
        if (cursor == null) {
            return;
        }
        int cursorRank;
        try {
            cursorRank = Integer.parseInt(cursor.sortValue());
        } catch (NumberFormatException e) {
            throw new BadUserInputException("Cursor '" + cursor.encode() + "' does not belong to this list");
        }
        hql.append(" and (").append(rank).append(" ").append(op).append(" :").append(name).append("Rank or (")
                .append(rank).append(" = :").append(name).append("Rank and e.pk ").append(op).append(" :").append(name).append("Pk))");
        params.put(name + "Rank", cursorRank);
        params.put(name + "Pk", cursor.pk());
    }
}
