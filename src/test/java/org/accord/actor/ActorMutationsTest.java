package org.accord.actor;

import static org.accord.support.Fixtures.actor;
import static org.accord.support.Fixtures.cite;
import static org.accord.support.Fixtures.commitment;
import static org.accord.support.Fixtures.event;
import static org.accord.support.Fixtures.exists;
import static org.accord.support.Fixtures.map;
import static org.accord.support.Fixtures.missing;
import static org.accord.support.Fixtures.participate;
import static org.accord.support.Fixtures.source;
import static org.accord.support.Fixtures.statement;
import static org.accord.support.Fixtures.unique;
import static org.accord.support.Fixtures.version;
import static org.accord.support.GraphQl.data;
import static org.accord.support.GraphQl.error;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** createActor, updateActor, deleteActor, mergeActors and the affiliation mutations, over HTTP. */
@QuarkusTest
public class ActorMutationsTest {

    static final String ACTOR_FIELDS = "id version name kind countryCode description names { id value kind language } externalIds { scheme value }";
    static final String CREATE = "mutation($in: CreateActorInput!) { createActor(input: $in) { actor { " + ACTOR_FIELDS + " } } }";
    static final String UPDATE = "mutation($in: UpdateActorInput!) { updateActor(input: $in) { actor { " + ACTOR_FIELDS + " } } }";
    static final String DELETE = "mutation($in: DeleteActorInput!) { deleteActor(input: $in) { deletedId } }";
    static final String MERGE = "mutation($in: MergeActorsInput!) { mergeActors(input: $in) { mergedIds actor { id version name } } }";

    private static String wikidata() {
        return "Q" + Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000_000L);
    }

    private static List<String> resolve(String name) {
        return data("query($n: String!) { resolveActors(name: $n) { id } }", "n", name).getList("resolveActors.id");
    }

    // ---- create ------------------------------------------------------------------------------------

    /** The kinds the first analyst had to record as OTHER (the ICRC, TASS), and the role of one who proposes a meeting. */
    @Test
    void ngosHumanitarianOrganisationsMediaAndProposersHaveTheirOwnKinds() {
        for (String kind : List.of("NGO", "HUMANITARIAN_ORGANIZATION", "MEDIA")) {
            String id = data("mutation($in: CreateActorInput!) { createActor(input: $in) { actor { id } } }",
                    "in", map("kind", kind, "name", unique(kind + " actor"))).getString("createActor.actor.id");
            assertEquals(kind, data("query($id: ID!) { actor(id: $id) { kind } }", "id", id).getString("actor.kind"));
        }
        String proposer = actor(unique("Proposing state"));
        String meeting = event(unique("Proposed meeting"));
        data("mutation($in: AddParticipantInput!) { addParticipant(input: $in) { participation { id } } }",
                "in", map("event", meeting, "actor", proposer, "role", "PROPOSER"));
        assertEquals(List.of("PROPOSER"), data("query($id: ID!) { event(id: $id) { participants { role } } }", "id", meeting)
                .getList("event.participants.role"));
    }

    @Test
    void createActorWithNamesAndExternalIds() {
        String name = unique("Republic of Testland");
        String q = wikidata();
        JsonPath d = data(CREATE, "in", map("kind", "STATE", "name", name, "countryCode", "TST", "description", "A test state.",
                "names", List.of(map("value", name + " short", "kind", "SHORT"), map("value", name + " capital", "kind", "METONYM", "language", "en")),
                "externalIds", List.of(map("scheme", "WIKIDATA", "value", q))));
        String id = d.getString("createActor.actor.id");
        assertEquals(name, d.getString("createActor.actor.name"));
        assertEquals(0, d.getInt("createActor.actor.version"));
        assertEquals("TST", d.getString("createActor.actor.countryCode"));
        assertThat(d.getList("createActor.actor.names.kind"), containsInAnyOrder("SHORT", "METONYM"));
        assertEquals(List.of(Map.of("scheme", "WIKIDATA", "value", q)), d.getList("createActor.actor.externalIds"));
        // stored: found by id and by its metonym, ignoring case
        assertEquals(name, data("query($id: ID!) { actor(id: $id) { name } }", "id", id).getString("actor.name"));
        assertEquals(List.of(id), resolve((name + " CAPITAL").toLowerCase()));
    }

    @Test
    void invalidInputIsRefusedNamingTheFieldAndNothingIsStored() {
        String name = unique("Invalid actor");
        assertThat(error("BAD_USER_INPUT", CREATE, "in", map("kind", "STATE", "name", "  ")).get("message").toString(),
                containsString("input.name: must not be blank"));
        assertThat(error("BAD_USER_INPUT", CREATE, "in", map("kind", "STATE", "name", name, "countryCode", "arm")).get("message").toString(),
                containsString("input.countryCode: must match"));
        assertThat(error("BAD_USER_INPUT", CREATE, "in", map("kind", "STATE", "name", name, "names", List.of(map("value", "", "kind", "ALIAS"))))
                .get("message").toString(), containsString("input.names[0].value"));
        assertThat(error("BAD_USER_INPUT", CREATE, "in", map("kind", "STATE", "name", name,
                "externalIds", List.of(map("scheme", "wikidata", "value", "Q1")))).get("message").toString(), containsString("input.externalIds[0].scheme"));
        assertThat(error("BAD_USER_INPUT", CREATE, "in", map("kind", "STATE", "name", "x".repeat(1001))).get("message").toString(),
                containsString("input.name: size must be between 0 and 1000"));
        assertThat(error("BAD_USER_INPUT", CREATE, "in", map("kind", "STATE", "name", name,
                "names", List.of(map("value", "Twice", "kind", "ALIAS"), map("value", "Twice", "kind", "ALIAS")))).get("message").toString(),
                containsString("input.names[1]"));
        // several violations are reported together
        String both = error("BAD_USER_INPUT", CREATE, "in", map("kind", "STATE", "name", "", "countryCode", "ARMENIA")).get("message").toString();
        assertThat(both, allOf(containsString("input.name"), containsString("input.countryCode")));
        assertThat(resolve(name), empty());
    }

    @Test
    void anExternalIdOfAnotherActorIsAConflict() {
        String q = wikidata();
        String first = data(CREATE, "in", map("kind", "STATE", "name", unique("Holder"), "externalIds", List.of(map("scheme", "WIKIDATA", "value", q))))
                .getString("createActor.actor.id");
        String second = unique("Second holder");
        String message = error("CONFLICT", CREATE, "in", map("kind", "STATE", "name", second,
                "externalIds", List.of(map("scheme", "WIKIDATA", "value", q)))).get("message").toString();
        assertThat(message, allOf(containsString("input.externalIds[0]"), containsString(first), containsString("mergeActors")));
        assertThat("the refused actor is not half-written", resolve(second), empty());
    }

    // ---- update ------------------------------------------------------------------------------------

    @Test
    void updateReplacesFieldsNamesAndExternalIds() {
        String name = unique("Updatable state");
        JsonPath created = data(CREATE, "in", map("kind", "STATE", "name", name, "description", "Old description",
                "names", List.of(map("value", "Keep me", "kind", "SHORT"), map("value", "Drop me", "kind", "ALIAS")),
                "externalIds", List.of(map("scheme", "WIKIDATA", "value", wikidata()))));
        String id = created.getString("createActor.actor.id");
        String keptNameId = created.getList("createActor.actor.names", Map.class).stream()
                .filter(n -> "Keep me".equals(n.get("value"))).findFirst().orElseThrow().get("id").toString();

        String renamed = unique("Renamed state");
        JsonPath updated = data(UPDATE, "in", map("id", id, "expectedVersion", 0, "kind", "GOVERNMENT_BODY", "name", renamed,
                "names", List.of(map("value", "Keep me", "kind", "SHORT", "language", "en"), map("value", "New alias", "kind", "ALIAS")),
                "externalIds", List.of()));
        assertEquals(renamed, updated.getString("updateActor.actor.name"));
        assertEquals("GOVERNMENT_BODY", updated.getString("updateActor.actor.kind"));
        assertEquals(1, updated.getInt("updateActor.actor.version"));
        assertNull(updated.get("updateActor.actor.description"), "a field left out is cleared");
        assertThat(updated.getList("updateActor.actor.names.value"), containsInAnyOrder("Keep me", "New alias"));
        assertThat(updated.getList("updateActor.actor.externalIds"), empty());
        Map<?, ?> kept = updated.getList("updateActor.actor.names", Map.class).stream().filter(n -> "Keep me".equals(n.get("value"))).findFirst().orElseThrow();
        assertEquals(keptNameId, kept.get("id"), "a name that stays keeps its row");
        assertEquals("en", kept.get("language"));
        assertThat(resolve("Drop me"), not(hasItem(id)));
        assertEquals(List.of(id), resolve(renamed));

        // a stale version is a conflict and changes nothing
        String message = error("CONFLICT", UPDATE, "in", map("id", id, "expectedVersion", 0, "kind", "STATE", "name", unique("Lost")))
                .get("message").toString();
        assertThat(message, allOf(containsString("Actor " + id), containsString("is at version 1, not 0")));
        assertEquals(renamed, data("query($id: ID!) { actor(id: $id) { name } }", "id", id).getString("actor.name"));
        assertEquals(1, version(id));
    }

    @Test
    void idArgumentsAreCheckedForTypeAndExistence() {
        String event = event(unique("Not an actor"));
        assertThat(error("BAD_USER_INPUT", UPDATE, "in", map("id", event, "expectedVersion", 0, "kind", "STATE", "name", "x")).get("message").toString(),
                allOf(containsString("input.id"), containsString("not a Actor id")));
        String missing = missing("Actor");
        assertThat(error("NOT_FOUND", UPDATE, "in", map("id", missing, "expectedVersion", 0, "kind", "STATE", "name", "x")).get("message").toString(),
                allOf(containsString("input.id"), containsString("no Actor with id '" + missing + "'")));
        assertThat(error("BAD_USER_INPUT", DELETE, "in", map("id", "garbage!", "expectedVersion", 0)).get("message").toString(),
                allOf(containsString("input.id"), containsString("Malformed id")));
        assertThat(error("NOT_FOUND", DELETE, "in", map("id", missing, "expectedVersion", 0)).get("message").toString(), containsString("input.id"));
    }

    // ---- delete ------------------------------------------------------------------------------------

    @Test
    void deleteRemovesTheActorWithItsNamesExternalIdsAndCitations() {
        String q = wikidata();
        String name = unique("Short-lived state");
        String id = data(CREATE, "in", map("kind", "STATE", "name", name, "names", List.of(map("value", name + " alias", "kind", "ALIAS")),
                "externalIds", List.of(map("scheme", "WIKIDATA", "value", q)))).getString("createActor.actor.id");
        String citation = cite(id, source(unique("Source on a short-lived state")), "It existed briefly.");

        assertThat(error("CONFLICT", DELETE, "in", map("id", id, "expectedVersion", 3)).get("message").toString(), containsString("is at version 0, not 3"));
        assertTrue(exists(id));

        assertEquals(id, data(DELETE, "in", map("id", id, "expectedVersion", 0)).getString("deleteActor.deletedId"));
        assertNull(data("query($id: ID!) { actor(id: $id) { id } }", "id", id).get("actor"));
        assertFalse(exists(citation), "its citations are deleted with it");
        assertThat(resolve(name + " alias"), empty());
        // the external id is free again
        data(CREATE, "in", map("kind", "STATE", "name", unique("Successor"), "externalIds", List.of(map("scheme", "WIKIDATA", "value", q))));
        assertThat(error("NOT_FOUND", DELETE, "in", map("id", id, "expectedVersion", 0)).get("message").toString(), containsString("no Actor"));
    }

    @Test
    void deleteIsRefusedWhileFactsNameTheActor() {
        String id = actor(unique("Busy state"));
        String other = actor(unique("Other state"));
        participate(event(unique("Meeting one")), id, "PARTY");
        participate(event(unique("Meeting two")), id, "MEDIATOR");
        commitment(unique("A promise"), id, other);
        statement(unique("A declaration"), id);
        data("mutation($in: CreateAffiliationInput!) { createAffiliation(input: $in) { affiliation { id } } }",
                "in", map("actor", other, "organization", id, "position", "Envoy"));

        String message = error("CONFLICT", DELETE, "in", map("id", id, "expectedVersion", 0)).get("message").toString();
        assertThat(message, allOf(containsString("Actor " + id), containsString("2 participations"), containsString("1 commitment (obligor)"),
                containsString("1 statement (as author)"), containsString("1 affiliation (as organization)"), containsString("merge")));
        assertTrue(exists(id), "nothing was deleted");
    }

    // ---- affiliations --------------------------------------------------------------------------------

    @Test
    void affiliationsAreCreatedUpdatedAndDeleted() {
        String person = actor(unique("Test minister"));
        String government = actor(unique("Test government"));
        String create = "mutation($in: CreateAffiliationInput!) { createAffiliation(input: $in) { affiliation { id version position start { edtf } end { edtf } actor { id } organization { id } } } }";
        JsonPath d = data(create, "in", map("actor", person, "organization", government, "position", "Foreign Minister", "start", "2020-07"));
        String id = d.getString("createAffiliation.affiliation.id");
        assertEquals("2020-07", d.getString("createAffiliation.affiliation.start.edtf"));
        assertEquals(government, d.getString("createAffiliation.affiliation.organization.id"));
        assertEquals(List.of("Foreign Minister"),
                data("query($id: ID!) { actor(id: $id) { affiliations { position } } }", "id", person).getList("actor.affiliations.position"));

        assertThat(error("BAD_USER_INPUT", create, "in", map("actor", person, "organization", government, "position", "X", "start", "2020-13"))
                .get("message").toString(), containsString("input.start: Invalid EDTF date \"2020-13\""));
        assertThat(error("BAD_USER_INPUT", create, "in", map("actor", person, "organization", government, "position", "X", "start", "2021", "end", "2020"))
                .get("message").toString(), containsString("input.end: 2020 is before the start 2021"));
        assertThat(error("BAD_USER_INPUT", create, "in", map("actor", person, "organization", person, "position", "X"))
                .get("message").toString(), containsString("input.organization: an actor cannot hold a position in itself"));
        assertThat(error("NOT_FOUND", create, "in", map("actor", missing("Actor"), "organization", government, "position", "X"))
                .get("message").toString(), containsString("input.actor"));

        String update = "mutation($in: UpdateAffiliationInput!) { updateAffiliation(input: $in) { affiliation { version position start { edtf } end { edtf } } } }";
        JsonPath u = data(update, "in", map("id", id, "expectedVersion", 0, "actor", person, "organization", government, "position", "Prime Minister", "end", "2024-01-31"));
        assertEquals("Prime Minister", u.getString("updateAffiliation.affiliation.position"));
        assertNull(u.get("updateAffiliation.affiliation.start"), "left out, so cleared");
        assertEquals("2024-01-31", u.getString("updateAffiliation.affiliation.end.edtf"));
        assertEquals(1, u.getInt("updateAffiliation.affiliation.version"));
        assertThat(error("CONFLICT", update, "in", map("id", id, "expectedVersion", 0, "actor", person, "organization", government, "position", "Y"))
                .get("message").toString(), containsString("not 0"));

        String citation = cite(id, source(unique("Appointment source")), "was appointed");
        String delete = "mutation($in: DeleteAffiliationInput!) { deleteAffiliation(input: $in) { deletedId } }";
        assertEquals(id, data(delete, "in", map("id", id, "expectedVersion", 1)).getString("deleteAffiliation.deletedId"));
        assertFalse(exists(id));
        assertFalse(exists(citation));
        assertThat(data("query($id: ID!) { actor(id: $id) { affiliations { position } } }", "id", person).getList("actor.affiliations"), empty());
    }

    // ---- merge -------------------------------------------------------------------------------------

    @Test
    void mergeMovesEveryLinkDropsDuplicatesAndRedirectsTheOldIds() {
        String survivorName = unique("Merge survivor");
        String firstName = unique("Merge duplicate");
        String secondName = unique("Merge second duplicate");
        String q = wikidata();
        String survivor = data(CREATE, "in", map("kind", "STATE", "name", survivorName, "names", List.of(map("value", "Shared alias", "kind", "ALIAS"))))
                .getString("createActor.actor.id");
        String first = data(CREATE, "in", map("kind", "STATE", "name", firstName,
                "names", List.of(map("value", "Shared alias", "kind", "ALIAS"), map("value", firstName + " translit", "kind", "TRANSLITERATION")),
                "externalIds", List.of(map("scheme", "WIKIDATA", "value", q)))).getString("createActor.actor.id");
        String second = actor(secondName);
        String organization = actor(unique("Merge organization"));
        String member = actor(unique("Merge member"));
        String src = source(unique("Merge source"));

        String meeting = event(unique("Merge meeting"));
        participate(meeting, survivor, "PARTY");
        String duplicateParticipation = participate(meeting, first, "PARTY");
        cite(duplicateParticipation, src, "the duplicate's participation");
        participate(meeting, first, "MEDIATOR");
        participate(meeting, second, "OBSERVER");
        String declaration = statement(unique("Merge declaration"), survivor, first);
        data("mutation($in: UpdateStatementInput!) { updateStatement(input: $in) { statement { id } } }", "in", map("id", declaration,
                "expectedVersion", 0, "kind", "DECLARATION", "date", "2024-05-02", "authors", List.of(survivor, first),
                "quotes", List.of(map("text", "merge quote", "speaker", first))));
        String promise = data("mutation($in: CreateCommitmentInput!) { createCommitment(input: $in) { commitment { id } } }", "in",
                map("kind", "OTHER", "description", unique("Merge promise"), "obligors", List.of(survivor, first), "beneficiaries", List.of(second)))
                .getString("createCommitment.commitment.id");
        String affiliation = "mutation($in: CreateAffiliationInput!) { createAffiliation(input: $in) { affiliation { id } } }";
        data(affiliation, "in", map("actor", first, "organization", organization, "position", "Delegate"));
        data(affiliation, "in", map("actor", member, "organization", second, "position", "Member"));
        cite(first, src, "the duplicate itself");

        int survivorVersion = version(survivor);
        JsonPath merged = data(MERGE, "in", map("survivor", survivor, "merged", List.of(first, second)));
        assertEquals(survivor, merged.getString("mergeActors.actor.id"));
        assertEquals(List.of(first, second), merged.getList("mergeActors.mergedIds"));
        assertEquals(survivorVersion + 1, merged.getInt("mergeActors.actor.version"));

        // the old ids resolve to the survivor
        for (String old : List.of(first, second)) {
            JsonPath d = data("query($id: ID!) { actor(id: $id) { id name } node(id: $id) { id } }", "id", old);
            assertEquals(survivor, d.getString("actor.id"));
            assertEquals(survivorName, d.getString("actor.name"));
            assertEquals(survivor, d.getString("node.id"));
        }
        // and so do filters by an old id
        assertThat(data("query($a: ID!) { events(filter: {actor: $a}, first: 100) { nodes { id } } }", "a", first).getList("events.nodes.id"), hasItem(meeting));
        assertThat(data("query($a: ID!) { commitments(filter: {obligor: $a}, first: 100) { nodes { id } } }", "a", first).getList("commitments.nodes.id"), hasItem(promise));
        assertThat(data("query($a: ID!) { commitments(filter: {beneficiary: $a}, first: 100) { nodes { id } } }", "a", second).getList("commitments.nodes.id"), hasItem(promise));
        assertThat(data("query($a: ID!) { statements(filter: {author: $a}, first: 100) { nodes { id } } }", "a", first).getList("statements.nodes.id"), hasItem(declaration));

        JsonPath s = data("""
                query($id: ID!) { actor(id: $id) { names { value kind } externalIds { value }
                  affiliations { position organization { id } } members { position actor { id } } sources { excerpt } } }""", "id", survivor);
        List<Map<String, Object>> names = s.getList("actor.names");
        assertThat(names, containsInAnyOrder(Map.of("value", "Shared alias", "kind", "ALIAS"), Map.of("value", firstName + " translit", "kind", "TRANSLITERATION"),
                Map.of("value", firstName, "kind", "ALIAS"), Map.of("value", secondName, "kind", "ALIAS")));
        assertEquals(List.of(q), s.getList("actor.externalIds.value"));
        assertEquals(List.of("Delegate"), s.getList("actor.affiliations.position"));
        assertEquals(List.of(organization), s.getList("actor.affiliations.organization.id"));
        assertEquals(List.of(member), s.getList("actor.members.actor.id"));
        assertEquals(List.of("the duplicate itself"), s.getList("actor.sources.excerpt"));
        assertEquals(List.of(survivor), resolve(firstName), "the merged actor's name finds the survivor");

        JsonPath e = data("query($id: ID!) { event(id: $id) { participants { role actor { id } sources { excerpt } } } }", "id", meeting);
        List<Map<String, Object>> participants = e.getList("event.participants");
        assertThat(e.getList("event.participants.role"), containsInAnyOrder("PARTY", "MEDIATOR", "OBSERVER"));
        assertTrue(participants.stream().allMatch(p -> survivor.equals(((Map<?, ?>) p.get("actor")).get("id"))));
        Map<String, Object> party = participants.stream().filter(p -> "PARTY".equals(p.get("role"))).findFirst().orElseThrow();
        assertEquals(List.of(Map.of("excerpt", "the duplicate's participation")), party.get("sources"), "the duplicate's citation moved to the twin");
        assertFalse(exists(duplicateParticipation));

        JsonPath st = data("query($id: ID!) { statement(id: $id) { authors { id } quotes { speaker { id } } } }", "id", declaration);
        assertEquals(List.of(survivor), st.getList("statement.authors.id"), "a duplicate authorship is dropped");
        assertEquals(List.of(survivor), st.getList("statement.quotes.speaker.id"));
        JsonPath c = data("query($id: ID!) { commitment(id: $id) { obligors { id } beneficiaries { id } } }", "id", promise);
        assertEquals(List.of(survivor), c.getList("commitment.obligors.id"));
        assertEquals(List.of(survivor), c.getList("commitment.beneficiaries.id"));

        // changing or deleting the survivor through an old id is refused: the client read another record
        int current = version(survivor);
        assertThat(error("CONFLICT", UPDATE, "in", map("id", first, "expectedVersion", current, "kind", "STATE", "name", "x")).get("message").toString(),
                containsString("was merged into Actor " + survivor));
        assertThat(error("CONFLICT", DELETE, "in", map("id", second, "expectedVersion", current)).get("message").toString(),
                containsString("was merged into Actor " + survivor));
        assertEquals(survivorName, data("query($id: ID!) { actor(id: $id) { name } }", "id", survivor).getString("actor.name"));

        // merging an old id again names the survivor itself
        assertThat(error("BAD_USER_INPUT", MERGE, "in", map("survivor", survivor, "merged", List.of(first))).get("message").toString(),
                allOf(containsString("input.merged[0]"), containsString("merged into the survivor before")));
    }

    @Test
    void redirectsStayFlatWhenASurvivorIsMergedInTurn() {
        String a = actor(unique("Chain A"));
        String b = actor(unique("Chain B"));
        String c = actor(unique("Chain C"));
        data(MERGE, "in", map("survivor", b, "merged", List.of(a)));
        data(MERGE, "in", map("survivor", c, "merged", List.of(b)));
        assertEquals(c, data("query($id: ID!) { actor(id: $id) { id } }", "id", a).getString("actor.id"));
        assertEquals(c, data("query($id: ID!) { actor(id: $id) { id } }", "id", b).getString("actor.id"));
        // deleting the survivor leaves the old ids naming nothing
        data(DELETE, "in", map("id", c, "expectedVersion", version(c)));
        assertNull(data("query($id: ID!) { actor(id: $id) { id } node(id: $id) { id } }", "id", a).get("actor"));
    }

    @Test
    void mergeInputIsChecked() {
        String survivor = actor(unique("Checked survivor"));
        String other = actor(unique("Checked other"));
        assertThat(error("BAD_USER_INPUT", MERGE, "in", map("survivor", survivor, "merged", List.of(other, survivor))).get("message").toString(),
                allOf(containsString("input.merged[1]"), containsString("survivor itself")));
        assertThat(error("BAD_USER_INPUT", MERGE, "in", map("survivor", survivor, "merged", List.of(other, other))).get("message").toString(),
                containsString("input.merged[1]: names the same actor as input.merged[0]"));
        assertThat(error("NOT_FOUND", MERGE, "in", map("survivor", survivor, "merged", List.of(other, missing("Actor")))).get("message").toString(),
                containsString("input.merged[1]"));
        assertThat(error("BAD_USER_INPUT", MERGE, "in", map("survivor", event(unique("Not a survivor")), "merged", List.of(other))).get("message").toString(),
                allOf(containsString("input.survivor"), containsString("not a Actor id")));
        assertThat(error("BAD_USER_INPUT", MERGE, "in", map("survivor", survivor, "merged", List.of())).get("message").toString(),
                containsString("input.merged: size must be between 1 and 100"));
        String affiliation = data("mutation($in: CreateAffiliationInput!) { createAffiliation(input: $in) { affiliation { id } } }",
                "in", map("actor", other, "organization", survivor, "position", "Member")).getString("createAffiliation.affiliation.id");
        assertThat(error("CONFLICT", MERGE, "in", map("survivor", survivor, "merged", List.of(other))).get("message").toString(),
                allOf(containsString("Affiliation " + affiliation), containsString("would hold a position in itself")));
        assertTrue(exists(other), "nothing was merged");
    }
}
