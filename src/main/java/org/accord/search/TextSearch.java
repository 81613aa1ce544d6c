package org.accord.search;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.accord.graphql.AccordEntity;
import org.accord.graphql.BadUserInputException;
import org.accord.graphql.Cursor;
import org.accord.graphql.Page;
import org.accord.graphql.Where;

/**
 * The SQL of one search. The ranking falls into three bands, each read with its own statement per
 * type, in reading order, until the page is full:
 * <ol>
 * <li>ranks 0 and 1, a text that starts with the query: found through the {@code search_start}
 * indexes, so a common word costs no more than a rare one;</li>
 * <li>rank 2, the query as a phrase: read in id order, so a common phrase stops after a page of
 * rows, while a rare one is found through the trigram indexes on PostgreSQL;</li>
 * <li>rank 3, every word but not the phrase: the same way.</li>
 * </ol>
 * The count stops at a limit for the same reason: counting every match of a common phrase
 * visited tens of thousands of rows at scale L (docs/benchmarks.md).
 */
final class TextSearch {

    private static final Pattern PARAMETER = Pattern.compile(":(\\w+)");

    /**
     * A band of the ranking: the ranks it holds, each record's rank, and where its records are
     * found: one or more {@code from ... where ...} that name the record {@code e}.
     */
    private record Tier(int low, int high, String rank, List<String> sources) {
    }

    /** One record found, with its rank. */
    record Hit(SearchTarget target, long pk, int rank) {
        /** The order in which a page is read: the list's order, or its reverse when paging backward. */
        static Comparator<Hit> reading(Page page) {
            Comparator<Hit> order = Comparator.comparingInt(Hit::rank).thenComparingLong(Hit::pk);
            return page.backward() ? order.reversed() : order;
        }

        Cursor cursor() {
            return new Cursor(pk, Integer.toString(rank));
        }
    }

    private final String query;
    private final List<String> words;
    private final boolean bounded;
    private final Map<String, Object> params = new HashMap<>();
    private final boolean postgres;
    /** Whether this transaction plans PostgreSQL statements for their values (see {@link #page}). */
    private boolean customPlans;

    /**
     * {@code query} folded, {@code words} its distinct words; to be run in one transaction, on
     * PostgreSQL when {@code postgres}.
     */
    TextSearch(String query, List<String> words, boolean postgres) {
        this.postgres = postgres;
        this.query = query;
        this.words = words;
        params.put("exact", query);
        params.put("prefix", Where.containing(query).substring(1));
        params.put("phrase", Where.containing(query));
        for (int i = 0; i < words.size(); i++) {
            params.put("w" + i, Where.containing(words.get(i)));
        }
        // search_start holds 100 characters (H2 counts UTF-16 units, PostgreSQL code points): 50
        // code points of the query are a prefix of it whenever the query is a prefix of the text.
        String low = query.substring(0, query.offsetByCodePoints(0, Math.min(50, query.codePointCount(0, query.length()))));
        params.put("low", low);
        int last = low.codePointBefore(low.length());
        // The range's upper end is the low end with its last character one higher, which sorts the
        // same in H2 (UTF-16 units) and PostgreSQL's "C" collation (code points) only within the
        // basic plane and outside the surrogates; elsewhere the range stays open above.
        bounded = last + 1 < 0xD800 || last >= 0xE000 && last + 1 <= 0xFFFF;
        if (bounded) {
            params.put("high", low.substring(0, low.length() - 1) + (char) (last + 1));
        }
    }

    /** The ranking's bands for one type, in ascending order of rank. */
    private List<Tier> tiers(SearchTarget t) {
        String starts = t.anyText(a -> t.startsWith(a, bounded));
        List<Tier> tiers = new ArrayList<>();
        tiers.add(new Tier(0, 1, "case when " + t.anyText(t::is) + " then 0 else 1 end",
                List.of("from " + t.table() + " e where " + t.anyTextByIds(a -> t.startsWith(a, bounded)))));
        tiers.add(new Tier(2, 2, "2", t.eachText(a -> t.contains(a, "phrase"), "not " + starts)));
        if (hasWordsApart()) {
            tiers.add(new Tier(3, 3, "3", List.of("from " + t.table() + " e where " + allWords(t) + " and not " + phrase(t))));
        }
        return tiers;
    }

    /** Whether a record can hold every word without the phrase: not when the query is one word. */
    private boolean hasWordsApart() {
        return !words.equals(List.of(query));
    }

    private String phrase(SearchTarget t) {
        return t.anyText(a -> t.contains(a, "phrase"));
    }

    private String allWords(SearchTarget t) {
        return String.join(" and ", IntStream.range(0, words.size()).mapToObj(i -> t.anyText(a -> t.contains(a, "w" + i))).toList());
    }

    /**
     * Up to {@code limit} hits beyond the page's cursors, in reading order, from all types.
     *
     * <p>On PostgreSQL the statements whose best plan depends on the words searched run with
     * plans made for those words ({@code plan_cache_mode = force_custom_plan}): whether a phrase
     * is best found by reading a large table in id order or through its trigram index depends on
     * how common it is. The others keep the connection's generic plans, which save planning each
     * time (about 0.2 ms of PostgreSQL's CPU a statement): the bands of texts that start with the
     * query, read by index range, and everything about the few actors. So those run first.
     */
    List<Hit> page(Page page, int limit) {
        Comparator<Hit> reading = Hit.reading(page);
        Map<SearchTarget, List<Tier>> tiersOf = new HashMap<>();
        Map<SearchTarget, List<Hit>> starts = new HashMap<>();
        for (SearchTarget t : SearchTarget.ALL) {
            List<Tier> tiers = tiers(t);
            tiersOf.put(t, tiers);
            starts.put(t, read(t, tiers.get(0), page, limit, false));
            if (!t.large()) {
                for (Tier tier : tiers.subList(1, tiers.size())) {
                    starts.get(t).addAll(read(t, tier, page, limit, false));
                }
            }
        }
        List<Hit> all = new ArrayList<>();
        for (SearchTarget t : SearchTarget.ALL) {
            List<Hit> hits = starts.get(t);
            if (t.large()) {
                List<Tier> rest = new ArrayList<>(tiersOf.get(t).subList(1, tiersOf.get(t).size()));
                if (page.backward()) {
                    Collections.reverse(rest);
                }
                List<Hit> read = new ArrayList<>(page.backward() ? List.of() : hits);
                for (Tier tier : rest) {
                    if (read.size() >= limit) {
                        break;
                    }
                    read.addAll(read(t, tier, page, limit - read.size(), true));
                }
                if (page.backward()) {
                    read.addAll(hits);
                }
                hits = read;
            }
            all.addAll(hits.stream().sorted(reading).limit(limit).toList());
        }
        return all.stream().sorted(reading).limit(limit).toList();
    }

    /** Up to {@code limit} hits of one band of one type beyond the page's cursors, in reading order. */
    private List<Hit> read(SearchTarget t, Tier tier, Page page, int limit, boolean planForWords) {
        if (page.after() != null && rank(page.after()) > tier.high() || page.before() != null && rank(page.before()) < tier.low()) {
            return new ArrayList<>();
        }
        Map<String, Object> values = new HashMap<>(params);
        if (page.after() != null) {
            values.put("afterPk", page.after().pk());
        }
        if (page.before() != null) {
            values.put("beforePk", page.before().pk());
        }
        String direction = page.backward() ? " desc" : "";
        boolean ranked = tier.low() != tier.high();
        TreeSet<Hit> found = new TreeSet<>(Hit.reading(page));
        for (String source : tier.sources()) {
            String sql = "select e.id, " + tier.rank() + " " + source
                    + keyset(tier, page.after(), ">", "afterPk") + keyset(tier, page.before(), "<", "beforePk")
                    + " order by " + (ranked ? tier.rank() + direction + ", " : "") + "e.id" + direction;
            @SuppressWarnings("unchecked")
            List<Object[]> rows = query(sql, values, planForWords).setMaxResults(limit).getResultList();
            for (Object[] row : rows) {
                found.add(new Hit(t, ((Number) row[0]).longValue(), ((Number) row[1]).intValue()));
            }
        }
        return new ArrayList<>(found.stream().limit(limit).toList());
    }

    /**
     * How many records match, counted until more than {@code limit} are found: the result is at
     * most {@code limit + 1}. Records with the phrase are counted first, then those with the words
     * apart, so that a common phrase is counted by a short scan: PostgreSQL estimates one LIKE
     * condition well, but several far too selective, and then reads every match through the
     * trigram index.
     */
    int count(int limit) {
        int counted = 0;
        for (boolean apart : hasWordsApart() ? List.of(false, true) : List.of(false)) {
            for (SearchTarget t : SearchTarget.ALL) {
                if (counted > limit) {
                    return counted;
                }
                String where = apart ? allWords(t) + " and not " + phrase(t) : phrase(t);
                String sql = "select count(*) from (select 1 from " + t.table() + " e where " + where
                        + " fetch first " + (limit + 1 - counted) + " rows only) c";
                counted += ((Number) query(sql, params, true).getSingleResult()).intValue();
            }
        }
        return counted;
    }

    /** The records behind {@code hits}, by type and id. */
    Map<SearchTarget, Map<Long, AccordEntity>> load(List<Hit> hits) {
        plan(false);
        Map<SearchTarget, Map<Long, AccordEntity>> loaded = new HashMap<>();
        for (SearchTarget t : SearchTarget.ALL) {
            Long[] ids = hits.stream().filter(h -> h.target() == t).map(Hit::pk).toArray(Long[]::new);
            Map<Long, AccordEntity> byId = new HashMap<>();
            if (ids.length > 0) {
                for (AccordEntity e : Panache.getEntityManager()
                        .createQuery("from " + t.type().getSimpleName() + " e where any_equals(:ids, e.pk)", t.type())
                        .setParameter("ids", ids).getResultList()) {
                    byId.put(e.pk, e);
                }
            }
            loaded.put(t, byId);
        }
        return loaded;
    }

    /** The condition a cursor puts on a band that holds its rank; none on a band wholly past it. */
    private static String keyset(Tier tier, Cursor cursor, String op, String param) {
        if (cursor == null || rank(cursor) < tier.low() || rank(cursor) > tier.high()) {
            return "";
        }
        String id = "e.id " + op + " :" + param;
        int rank = rank(cursor);
        return tier.low() == tier.high() ? " and " + id
                : " and (" + tier.rank() + " " + op + " " + rank + " or " + tier.rank() + " = " + rank + " and " + id + ")";
    }

    private static int rank(Cursor cursor) {
        try {
            int rank = Integer.parseInt(cursor.sortValue());
            if (rank >= 0 && rank <= 3) {
                return rank;
            }
        } catch (NumberFormatException e) {
            // a cursor of another list: refused below
        }
        throw new BadUserInputException("Cursor '" + cursor.encode() + "' does not belong to this list");
    }

    /** Makes PostgreSQL plan the statements that follow for their values, or not. */
    private void plan(boolean forValues) {
        if (postgres && forValues != customPlans) {
            Panache.getEntityManager().createNativeQuery("set local plan_cache_mode = "
                    + (forValues ? "force_custom_plan" : "force_generic_plan")).executeUpdate();
            customPlans = forValues;
        }
    }

    /**
     * A native query with those of {@code values} that its SQL names; on PostgreSQL planned for
     * them when {@code planForValues}, else with the connection's generic plan.
     */
    private Query query(String sql, Map<String, Object> values, boolean planForValues) {
        plan(planForValues);
        Query q = Panache.getEntityManager().createNativeQuery(sql);
        Matcher m = PARAMETER.matcher(sql);
        while (m.find()) {
            q.setParameter(m.group(1), values.get(m.group(1)));
        }
        return q;
    }
}
