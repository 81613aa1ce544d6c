package org.accord.search;

import static org.accord.support.GraphQl.data;
import static org.accord.support.GraphQl.error;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.accord.graphql.Folding;
import org.accord.support.Fixtures;
import org.junit.jupiter.api.Test;

/** `search` over the seed data: one ranked union of actors, events, statements and commitments. */
@QuarkusTest
public class SearchTest {

    static final String RESULT = """
            __typename ... on Actor { name } ... on Event { title } ... on Statement { kind summary } ... on Commitment { description } ... on Place { name }""";

    static List<Map<String, Object>> search(String text) {
        return data("query($t: String!) { search(text: $t, first: 100) { totalCount nodes { " + RESULT + " } } }", "t", text)
                .getList("search.nodes");
    }

    @Test
    void findsActorsByAnyNameIgnoringCaseAndAccents() {
        Map<String, Object> best = search("Pashinián").get(0);
        assertEquals("Actor", best.get("__typename"));
        assertEquals("Nikol Pashinyan", best.get("name"));
        assertEquals("Government of Azerbaijan", search("BAKU").get(0).get("name"), "a metonym, ranked first as a whole-name match");
    }

    @Test
    void returnsAUnionOfAllFourTypes() {
        List<Map<String, Object>> baku = search("baku");
        List<Object> types = baku.stream().map(r -> r.get("__typename")).toList();
        assertThat(types, hasItem("Actor"));
        assertThat(types, hasItem("Commitment")); // "Baku (the government of Azerbaijan) releases 32 ..."
        List<Object> peace = search("peace").stream().map(r -> r.get("__typename")).toList();
        assertThat(peace, hasItem("Event"));
        assertThat(peace, hasItem("Commitment"));
        assertThat(peace, hasItem("Statement"));
    }

    @Test
    void findsPlacesByNameIgnoringCaseAndAccents() {
        String name = "Şuşa " + Fixtures.unique("Fortress");
        Fixtures.place(name);
        List<Map<String, Object>> found = search(Folding.fold(name).replace("s", "S"));
        assertEquals("Place", found.get(0).get("__typename"));
        assertEquals(name, found.get(0).get("name"));
        assertThat(search("azerbaijan").stream().map(r -> r.get("__typename")).toList(), hasItem("Place"));
    }

    @Test
    void findsStatementsByTheirQuotes() {
        List<Map<String, Object>> found = search("historical chance");
        assertEquals("Statement", found.get(0).get("__typename"));
        assertEquals("JOINT_STATEMENT", found.get(0).get("kind"));
    }

    @Test
    void everyWordMustMatchAndRankingPrefersWholeThenPrefixThenPhrase() {
        List<Map<String, Object>> us = search("united states");
        assertEquals("United States", us.get(0).get("name"), "whole name first");
        assertTrue(search("united nowhere-to-be-found").isEmpty(), "every word must match");
        // words apart still match: "servicemen" and "baku" appear in one commitment, not as a phrase
        List<Map<String, Object>> apart = search("servicemen baku");
        assertThat(apart.stream().map(r -> String.valueOf(r.get("description"))).toList(),
                hasItem(containsString("releases 32 Armenian military servicemen")));
    }

    @Test
    void wildcardsAreLiteral() {
        // "%" and "_" find only text that contains them (other tests store such text in the shared
        // database), never everything: as wildcards they would match at least what "a" matches
        int withA = count("a");
        assertTrue(withA > 50, "the seed has many records with an a");
        assertTrue(count("%") < withA / 2, "% is not a wildcard");
        assertTrue(count("_") < withA / 2, "_ is not a wildcard");
    }

    private static int count(String text) {
        return data("query($t: String!) { search(text: $t, first: 0) { totalCount } }", "t", text).getInt("search.totalCount");
    }

    @Test
    void pagesForwardAndBackwardOverTheSameRankedList() {
        List<String> all = ids(data("{ search(text: \"azerbaijan\", first: 100) { totalCount nodes { ... on Actor { id } ... on Event { id } ... on Statement { id } ... on Commitment { id } } } }"), "search.nodes.id");
        int total = data("{ search(text: \"azerbaijan\", first: 0) { totalCount } }").getInt("search.totalCount");
        assertEquals(total, all.size());
        assertTrue(total > 10, "the seed mentions Azerbaijan often");

        List<String> forward = new ArrayList<>();
        String after = null;
        boolean more = true;
        while (more) {
            JsonPath page = data("query($a: String) { search(text: \"azerbaijan\", first: 4, after: $a) { edges { cursor node { ... on Actor { id } ... on Event { id } ... on Statement { id } ... on Commitment { id } } } pageInfo { hasNextPage endCursor } } }", "a", after);
            forward.addAll(page.getList("search.edges.node.id"));
            more = page.getBoolean("search.pageInfo.hasNextPage");
            after = page.getString("search.pageInfo.endCursor");
        }
        assertEquals(all, forward);
        assertEquals(all.size(), new HashSet<>(forward).size());

        List<String> backward = new ArrayList<>();
        String before = null;
        more = true;
        while (more) {
            JsonPath page = data("query($b: String) { search(text: \"azerbaijan\", last: 5, before: $b) { edges { node { ... on Actor { id } ... on Event { id } ... on Statement { id } ... on Commitment { id } } } pageInfo { hasPreviousPage startCursor } } }", "b", before);
            List<String> ids = new ArrayList<>(page.getList("search.edges.node.id"));
            Collections.reverse(ids);
            backward.addAll(ids);
            more = page.getBoolean("search.pageInfo.hasPreviousPage");
            before = page.getString("search.pageInfo.startCursor");
        }
        Collections.reverse(backward);
        assertEquals(all, backward);
    }

    /**
     * Every band of the ranking, each read by its own statement (TextSearch): two events per rank,
     * in rank order and then by id, the same page by page in both directions.
     */
    @Test
    void ranksEveryBandAndPagesAcrossThem() {
        String a = token("zqa");
        String b = token("zqb");
        String query = a + " " + b;
        List<String> expected = new ArrayList<>();
        for (String title : List.of(query, query, query + " talks", query + " talks", "talks on " + query, "talks on " + query,
                b + " before " + a, b + " before " + a)) {
            expected.add(event(title));
        }
        // created in rank order, so ids within a rank ascend as in the expected order
        JsonPath all = data("query($t: String!) { search(text: $t, first: 100) { totalCount totalCountIsExact edges { cursor node { ... on Event { id } } } } }", "t", query);
        assertEquals(expected, all.getList("search.edges.node.id"));
        assertEquals(8, all.getInt("search.totalCount"));
        assertTrue(all.getBoolean("search.totalCountIsExact"));
        List<String> ranks = all.<String>getList("search.edges.cursor").stream()
                .map(c -> new String(java.util.Base64.getUrlDecoder().decode(c)).split("\\|")[1]).toList();
        assertEquals(List.of("0", "0", "1", "1", "2", "2", "3", "3"), ranks);

        for (int size = 1; size <= 3; size++) {
            List<String> forward = new ArrayList<>();
            String after = null;
            boolean more = true;
            while (more) {
                JsonPath page = data("query($t: String!, $n: Int, $a: String) { search(text: $t, first: $n, after: $a) { nodes { ... on Event { id } } pageInfo { hasNextPage endCursor } } }",
                        "t", query, "n", size, "a", after);
                forward.addAll(page.getList("search.nodes.id"));
                more = page.getBoolean("search.pageInfo.hasNextPage");
                after = page.getString("search.pageInfo.endCursor");
            }
            assertEquals(expected, forward, "forward by " + size);
            List<String> backward = new ArrayList<>();
            String before = null;
            more = true;
            while (more) {
                JsonPath page = data("query($t: String!, $n: Int, $b: String) { search(text: $t, last: $n, before: $b) { nodes { ... on Event { id } } pageInfo { hasPreviousPage startCursor } } }",
                        "t", query, "n", size, "b", before);
                backward.addAll(0, page.getList("search.nodes.id"));
                more = page.getBoolean("search.pageInfo.hasPreviousPage");
                before = page.getString("search.pageInfo.startCursor");
            }
            assertEquals(expected, backward, "backward by " + size);
        }
    }

    /**
     * Texts that start with the query are found through search_start, the first 100 characters:
     * also when the query is longer than that, and when it ends in a character outside the basic
     * plane, where the index range stays open above.
     */
    @Test
    void findsTextsStartingWithLongQueriesAndAnyCharacter() {
        String longQuery = token("zqc") + " " + "w".repeat(120);
        String exact = event(longQuery);
        String starting = event(longQuery + " more");
        assertEquals(List.of(exact, starting), eventIds(longQuery));

        String emoji = token("zqd") + " \uD83D\uDE00";
        String exactEmoji = event(emoji);
        String startingEmoji = event(emoji + " more");
        String containing = event("on " + emoji);
        assertEquals(List.of(exactEmoji, startingEmoji, containing), eventIds(emoji));

        String lastBasic = token("zqe") + " \uFFFF";
        String exactLast = event(lastBasic);
        assertEquals(List.of(exactLast), eventIds(lastBasic));
    }

    private static List<String> eventIds(String text) {
        return data("query($t: String!) { search(text: $t, first: 10) { nodes { ... on Event { id } } } }", "t", text).getList("search.nodes.id");
    }

    private static String token(String prefix) {
        return prefix + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "x");
    }

    private static String event(String title) {
        return data("mutation($in: CreateEventInput!) { createEvent(input: $in) { event { id } } }",
                "in", Map.of("kind", "MEETING", "status", "HELD", "title", title, "start", "2024")).getString("createEvent.event.id");
    }

    private static List<String> ids(JsonPath d, String path) {
        return d.getList(path);
    }

    @Test
    void badTextIsAnError() {
        assertThat(error("BAD_USER_INPUT", "{ search(text: \"  \") { totalCount } }").get("message").toString(), containsString("blank"));
        assertThat(error("BAD_USER_INPUT", "{ search(text: \"a b c d e f g h i j k\") { totalCount } }").get("message").toString(), containsString("at most 10"));
        assertFalse(search("a").isEmpty());
        assertThat(search("zzzzqqq").stream().map(r -> r.get("__typename")).toList(), not(hasItem("Actor")));
    }
}
