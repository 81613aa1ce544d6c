package org.accord.support;

import static org.accord.support.GraphQl.data;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Records for the mutation tests, created through the API with unique names: the tests share the
 * database with other classes (and the seed data), so each makes its own records.
 */
public final class Fixtures {

    private Fixtures() {
    }

    /** {@code prefix} plus a random suffix, for names no other test uses. */
    public static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A well-formed global id that names no record. */
    public static String missing(String type) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((type + ":987654321").getBytes(StandardCharsets.UTF_8));
    }

    /** A map from name, value pairs, allowing null values (unlike Map.of). */
    public static Map<String, Object> map(Object... pairs) {
        Map<String, Object> map = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }

    public static String actor(String name) {
        return data("mutation($in: CreateActorInput!) { createActor(input: $in) { actor { id } } }",
                "in", map("kind", "STATE", "name", name)).getString("createActor.actor.id");
    }

    public static String source(String title) {
        return data("mutation($in: CreateSourceInput!) { createSource(input: $in) { source { id } } }",
                "in", map("publisher", "Test Wire", "title", title)).getString("createSource.source.id");
    }

    public static String process(String name) {
        return data("mutation($in: CreateProcessInput!) { createProcess(input: $in) { process { id } } }",
                "in", map("name", name)).getString("createProcess.process.id");
    }

    public static String place(String name) {
        return data("mutation($in: CreatePlaceInput!) { createPlace(input: $in) { place { id } } }",
                "in", map("name", name, "kind", "CITY")).getString("createPlace.place.id");
    }

    public static String event(String title) {
        return data("mutation($in: CreateEventInput!) { createEvent(input: $in) { event { id } } }",
                "in", map("kind", "MEETING", "status", "HELD", "title", title, "start", "2024-05-02")).getString("createEvent.event.id");
    }

    public static String statement(String summary, String... authors) {
        return data("mutation($in: CreateStatementInput!) { createStatement(input: $in) { statement { id } } }",
                "in", map("kind", "DECLARATION", "summary", summary, "date", "2024-05-02", "authors", List.of(authors)))
                .getString("createStatement.statement.id");
    }

    public static String commitment(String description, String... obligors) {
        return data("mutation($in: CreateCommitmentInput!) { createCommitment(input: $in) { commitment { id } } }",
                "in", map("kind", "OTHER", "description", description, "obligors", List.of(obligors)))
                .getString("createCommitment.commitment.id");
    }

    /** Adds a participation and returns its id. */
    public static String participate(String event, String actor, String role) {
        return data("mutation($in: AddParticipantInput!) { addParticipant(input: $in) { participation { id } } }",
                "in", map("event", event, "actor", actor, "role", role, "attendance", "ATTENDED"))
                .getString("addParticipant.participation.id");
    }

    /** Cites {@code source} for {@code subject} and returns the citation's id. */
    public static String cite(String subject, String source, String excerpt) {
        return data("mutation($in: AddCitationInput!) { addCitation(input: $in) { citation { id } } }",
                "in", map("subject", subject, "source", source, "excerpt", excerpt)).getString("addCitation.citation.id");
    }

    /** The stored version of any record, read through node(id:). */
    public static int version(String id) {
        return data("""
                query($id: ID!) { node(id: $id) { ... on Actor { version } ... on Affiliation { version } ... on Place { version }
                  ... on Process { version } ... on Source { version } ... on Event { version } ... on Participation { version }
                  ... on Statement { version } ... on Commitment { version } ... on Citation { version } } }""", "id", id).getInt("node.version");
    }

    /** Whether node(id:) finds the record. */
    public static boolean exists(String id) {
        return data("query($id: ID!) { node(id: $id) { id } }", "id", id).get("node") != null;
    }
}
