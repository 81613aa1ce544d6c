package org.accord.search;

import java.util.List;
import java.util.function.Function;
import org.accord.actor.Actor;
import org.accord.commitment.Commitment;
import org.accord.event.Event;
import org.accord.graphql.AccordEntity;
import org.accord.place.Place;
import org.accord.statement.Statement;

/**
 * One type that {@code search} looks through, as SQL: its table, the column of its folded text and
 * the column of that text's first 100 characters ({@code search_start}, migration V11, or null
 * where the text is short), and the table of its further texts (an actor's other names, a
 * statement's quotes), whose rows point to it by {@code moreKey}. A record passes a test when its
 * own text or any further text does. Every condition is written for the alias it is given.
 */
record SearchTarget(Class<? extends AccordEntity> type, String table, String text, String start, String moreTable, String moreKey) {

    static final List<SearchTarget> ALL = List.of(
            new SearchTarget(Actor.class, "actor", "normalized_name", null, "actor_name", "actor_id"),
            new SearchTarget(Event.class, "event", "search_text", "search_start", null, null),
            new SearchTarget(Statement.class, "statement", "search_text", "search_start", "quote", "statement_id"),
            new SearchTarget(Commitment.class, "commitment", "search_text", "search_start", null, null),
            new SearchTarget(Place.class, "place", "search_text", null, null, null));

    /**
     * Whether the table grows with the reporting (events, statements, commitments). Actors' and
     * places' names are short and few: they need no {@code search_start}, and any plan reads them fast.
     */
    boolean large() {
        return start != null;
    }

    /** The text is the query. */
    String is(String alias) {
        return alias + "." + text + " = :exact";
    }

    /**
     * The text starts with the query. The range on {@code search_start} lets an index find the
     * candidates (LIKE 'x%' cannot use one in the generic plans Accord's PostgreSQL connections use);
     * the LIKE decides.
     */
    String startsWith(String alias, boolean bounded) {
        String range = start == null ? ""
                : alias + "." + start + " >= :low and " + (bounded ? alias + "." + start + " < :high and " : "");
        return "(" + range + alias + "." + text + " like :prefix escape '\\')";
    }

    /** The text contains the LIKE pattern held by parameter {@code param}. */
    String contains(String alias, String param) {
        return alias + "." + text + " like :" + param + " escape '\\'";
    }

    /** Any text of record {@code e} passes {@code test}: checked row by row, for scans in id order. */
    String anyText(Function<String, String> test) {
        String own = test.apply("e");
        return moreTable == null ? own
                : "(" + own + " or exists (select 1 from " + moreTable + " m where m." + moreKey + " = e.id and " + test.apply("m") + "))";
    }

    /**
     * The records whose own text, or one of whose further texts, passes {@code test} and which
     * pass {@code also}: one {@code from ... where ...} for each, naming the record {@code e}, to
     * be read in the order of {@code e.id}. Apart, each condition can be planned on its own:
     * joined by OR ({@link #anyText}), PostgreSQL first collected every further text that passes
     * (a hashed subquery: 12 ms for a common phrase in the quotes at scale L), where a read in id
     * order stops after a page.
     */
    List<String> eachText(Function<String, String> test, String also) {
        String own = "from " + table + " e where " + test.apply("e") + " and " + also;
        return moreTable == null ? List.of(own)
                : List.of(own, "from " + table + " e where exists (select 1 from " + moreTable + " m where m." + moreKey + " = e.id and "
                        + test.apply("m") + ") and " + also);
    }

    /** Any text of record {@code e} passes {@code test}: the ids are found first, through each table's indexes. */
    String anyTextByIds(Function<String, String> test) {
        return moreTable == null ? test.apply("e")
                : "e.id in (select t.id from " + table + " t where " + test.apply("t")
                        + " union all select m." + moreKey + " from " + moreTable + " m where " + test.apply("m") + ")";
    }
}
