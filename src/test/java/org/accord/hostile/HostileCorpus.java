package org.accord.hostile;

import static org.accord.hostile.HostileCase.JSON;

import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.accord.graphql.Folding;
import org.accord.hostile.HostileCase.Check;
import org.accord.support.Tokens;

/**
 * The hostile-input corpus of issue 5: malformed and hostile requests, by category. Almost all are
 * refusals; the injection payloads in searches and filters are answered, and must find only
 * records that hold the payload as text. None of them may change stored data.
 */
final class HostileCorpus {

    static final String BAD = "BAD_USER_INPUT";
    static final String NOT_FOUND = "NOT_FOUND";
    static final String CONFLICT = "CONFLICT";
    static final String LIMIT = "LIMIT_EXCEEDED";

    /** Valid ids from the seed data, so that a valid id of one type can be passed where another is expected. */
    record Ids(String actor, int actorVersion, String event, String statement, String commitment, String source,
            String process, String place) {
    }

    private final Ids ids;
    private final long bodyLimit;
    private final List<HostileCase> cases = new ArrayList<>();
    private final Set<String> names = new HashSet<>();

    private HostileCorpus(Ids ids, long bodyLimit) {
        this.ids = ids;
        this.bodyLimit = bodyLimit;
    }

    /** Every case; {@code bodyLimit} is the configured request body limit in bytes. */
    static List<HostileCase> build(Ids ids, long bodyLimit) {
        HostileCorpus c = new HostileCorpus(ids, bodyLimit);
        c.invalidJson();
        c.wrongParameterTypes();
        c.http();
        c.unknownFieldsAndOperations();
        c.enumTypos();
        c.malformedIds();
        c.otherTypesIds();
        c.cursors();
        c.invalidDates();
        c.pageSizes();
        c.hugeStrings();
        c.controlCharacters();
        c.invalidUtf8();
        c.payloads();
        c.dossiers();
        c.tokens();
        return List.copyOf(c.cases);
    }

    /** The injection payloads of src/test/resources/hostile/payloads.txt. */
    static List<String> payloadList() {
        try (InputStream in = HostileCorpus.class.getResourceAsStream("/hostile/payloads.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- invalid JSON and wrong JSON types --------------------------------------------------

    private void invalidJson() {
        String cat = "invalid JSON";
        String[][] bodies = {
            {"empty body", ""},
            {"blank body", "   \n "},
            {"lone brace", "{"},
            {"closing brace", "}"},
            {"truncated member", "{\"query\":"},
            {"truncated string", "{\"query\": \"{ __typename }"},
            {"bare word", "NONSENSE"},
            {"json null", "null"},
            {"json true", "true"},
            {"json number", "123"},
            {"json string", "\"{ __typename }\""},
            {"empty array", "[]"},
            {"batch array", "[{\"query\": \"{ __typename }\"}]"},
            {"trailing garbage", "{\"query\": \"{ __typename }\"} trailing"},
            {"two objects", "{\"query\": \"{ __typename }\"}{\"query\": \"{ __typename }\"}"},
            {"trailing comma", "{\"query\": \"{ __typename }\",}"},
            {"single quotes", "{'query': '{ __typename }'}"},
            {"missing comma", "{\"query\": \"{ __typename }\" \"variables\": {}}"},
            {"unquoted key", "{query: \"{ __typename }\"}"},
            {"invalid escape", "{\"query\": \"\\x41\"}"},
            {"truncated unicode escape", "{\"query\": \"\\u12\"}"},
            {"raw newline in string", "{\"query\": \"{ __typename\n}\"}"},
            {"raw control character in string", "{\"query\": \"{ __typename }\u0001\"}"},
            {"duplicate query member", "{\"query\": \"{ __typename }\", \"query\": \"{ __schema { description } }\"}"},
            {"comment in json", "{/* c */ \"query\": \"{ __typename }\"}"},
            {"NaN variable", "{\"query\": \"{ __typename }\", \"variables\": {\"x\": NaN}}"},
            {"leading zero number", "{\"query\": \"{ __typename }\", \"variables\": {\"x\": 01}}"},
            {"huge exponent query", "{\"query\": 1e999999999}"},
        };
        for (String[] b : bodies) {
            post(cat, b[0], b[1], BAD);
        }
        post(cat, "json nested 100000 deep in variables",
                "{\"query\": \"{ __typename }\", \"variables\": {\"v\": " + "[".repeat(100_000) + "]".repeat(100_000) + "}}", BAD);
        post(cat, "json object nested 50000 deep", "{\"a\":".repeat(50_000) + "1" + "}".repeat(50_000), BAD);
    }

    private void wrongParameterTypes() {
        String cat = "wrong JSON types";
        String ok = "\"{ __typename }\"";
        String[][] bodies = {
            {"query number", "{\"query\": 1}"},
            {"query boolean", "{\"query\": false}"},
            {"query object", "{\"query\": {\"a\": 1}}"},
            {"query array", "{\"query\": [\"{ __typename }\"]}"},
            {"query null", "{\"query\": null}"},
            {"query missing", "{\"variables\": {}}"},
            {"query misspelt", "{\"qeury\": " + ok + "}"},
            {"variables array", "{\"query\": " + ok + ", \"variables\": [7]}"},
            {"variables string", "{\"query\": " + ok + ", \"variables\": \"{}\"}"},
            {"variables number", "{\"query\": " + ok + ", \"variables\": 5}"},
            {"variables boolean", "{\"query\": " + ok + ", \"variables\": true}"},
            {"operationName number", "{\"query\": " + ok + ", \"operationName\": 5}"},
            {"operationName object", "{\"query\": " + ok + ", \"operationName\": {\"a\": 1}}"},
            {"operationName array", "{\"query\": " + ok + ", \"operationName\": [\"A\"]}"},
            {"operationName boolean", "{\"query\": " + ok + ", \"operationName\": true}"},
            {"extensions string", "{\"query\": " + ok + ", \"extensions\": \"x\"}"},
            {"extensions array", "{\"query\": " + ok + ", \"extensions\": []}"},
        };
        for (String[] b : bodies) {
            post(cat, b[0], b[1], BAD);
        }
        String firstN = "query($n: Int) { actors(first: $n) { totalCount } }";
        refuse(cat, "Int variable as string", firstN, "{\"n\": \"5\"}", BAD);
        refuse(cat, "Int variable as boolean", firstN, "{\"n\": true}", BAD);
        refuse(cat, "Int variable as float", firstN, "{\"n\": 1.5}", BAD);
        refuse(cat, "Int variable as object", firstN, "{\"n\": {\"v\": 1}}", BAD);
        refuse(cat, "Int variable as list", firstN, "{\"n\": [1]}", BAD);
        refuse(cat, "ID variable as boolean", "query($id: ID!) { node(id: $id) { id } }", "{\"id\": true}", BAD);
        refuse(cat, "ID variable as object", "query($id: ID!) { node(id: $id) { id } }", "{\"id\": {\"a\": 1}}", BAD);
        refuse(cat, "non-null ID variable null", "query($id: ID!) { node(id: $id) { id } }", "{\"id\": null}", BAD);
        refuse(cat, "non-null ID variable missing", "query($id: ID!) { node(id: $id) { id } }", "{}", BAD);
        refuse(cat, "String variable as number", "query($t: String!) { search(text: $t) { totalCount } }", "{\"t\": 42}", BAD);
        refuse(cat, "input object as string", "mutation($in: CreateProcessInput!) { createProcess(input: $in) { process { id } } }",
                "{\"in\": \"{name: 'x'}\"}", BAD);
        refuse(cat, "input object with unknown field", "mutation($in: CreateProcessInput!) { createProcess(input: $in) { process { id } } }",
                "{\"in\": {\"name\": \"x\", \"owner\": \"root\"}}", BAD);
        refuse(cat, "input list as object", "mutation($in: MergeActorsInput!) { mergeActors(input: $in) { mergedIds } }",
                "{\"in\": {\"survivor\": " + JsonText.str(ids.actor()) + ", \"merged\": {\"0\": \"x\"}}}", BAD);
        refuse(cat, "Float variable as string", "mutation($in: CreatePlaceInput!) { createPlace(input: $in) { place { id } } }",
                "{\"in\": {\"name\": \"x\", \"kind\": \"CITY\", \"latitude\": \"north\"}}", BAD);
        refuse(cat, "Float variable NaN as string", "mutation($in: CreatePlaceInput!) { createPlace(input: $in) { place { id } } }",
                "{\"in\": {\"name\": \"x\", \"kind\": \"CITY\", \"latitude\": \"NaN\"}}", BAD);
        refuse(cat, "Float variable 1e400", "mutation($in: CreatePlaceInput!) { createPlace(input: $in) { place { id } } }",
                "{\"in\": {\"name\": \"x\", \"kind\": \"CITY\", \"latitude\": 1e400}}", BAD);
    }

    /** Methods, media types and GET parameters. */
    private void http() {
        String cat = "HTTP";
        String ok = "{\"query\": \"{ __typename }\"}";
        add(cat, "PUT", "PUT", JSON, ok, null, BAD);
        add(cat, "DELETE", "DELETE", null, "", null, BAD);
        add(cat, "PATCH", "PATCH", JSON, ok, null, BAD);
        add(cat, "POST without Content-Type", "POST", null, ok, null, BAD);
        add(cat, "POST text/plain", "POST", "text/plain", ok, null, BAD);
        add(cat, "POST form", "POST", "application/x-www-form-urlencoded", "query=%7B__typename%7D", null, BAD);
        add(cat, "POST application/graphql", "POST", "application/graphql", "{ __typename }", null, BAD);
        add(cat, "POST json in latin-1", "POST", "application/json; charset=iso-8859-1", ok, null, BAD);
        add(cat, "GET without query", "GET", null, "", "operationName=A", BAD);
        add(cat, "GET mutation", "GET", null, "", "query=" + url("mutation { createProcess(input: {name: \"x\"}) { process { id } } }"), BAD);
        add(cat, "GET variables not JSON", "GET", null, "", "query=" + url("{ __typename }") + "&variables=" + url("{n: 1}"), BAD);
        add(cat, "GET variables an array", "GET", null, "", "query=" + url("{ __typename }") + "&variables=" + url("[1]"), BAD);
        add(cat, "GET extensions a number", "GET", null, "", "query=" + url("{ __typename }") + "&extensions=7", BAD);
        add(cat, "GET percent-encoded invalid UTF-8", "GET", null, "", "query=%7B%FF%FE__typename%7D", BAD);
        add(cat, "GET URL beyond the line limit", "GET", null, "", "query=" + url("{ __typename }") + "%20".repeat(6000), BAD);
    }

    // ---- unknown fields and operations ------------------------------------------------------

    private void unknownFieldsAndOperations() {
        String cat = "unknown fields and operations";
        refuse(cat, "unknown root field", "{ users { password } }", null, BAD);
        refuse(cat, "unknown nested field", "{ actors { nodes { name passwordHash } } }", null, BAD);
        refuse(cat, "unknown argument", "{ actors(orderBy: \"name; drop table actor\") { totalCount } }", null, BAD);
        refuse(cat, "unknown filter field", "{ actors(filter: {sql: \"1=1\"}) { totalCount } }", null, BAD);
        refuse(cat, "unknown mutation", "mutation { dropAllTables { ok } }", null, BAD);
        refuse(cat, "subscription without a subscription type", "subscription { actors { totalCount } }", null, BAD);
        refuse(cat, "two anonymous operations", "{ __typename } { __typename }", null, BAD);
        refuse(cat, "two operations without operationName", "query A { __typename } query B { __typename }", null, BAD);
        post(cat, "unknown operationName", "{\"query\": \"query A { __typename }\", \"operationName\": \"B\"}", BAD);
        post(cat, "operationName for an anonymous operation", "{\"query\": \"{ __typename }\", \"operationName\": \"A\"}", BAD);
        refuse(cat, "duplicate operation names", "query A { __typename } query A { __typename }", null, BAD);
        refuse(cat, "unknown variable type", "query($x: Nope) { __typename }", "{\"x\": 1}", BAD);
        refuse(cat, "undefined variable", "{ actors(first: $n) { totalCount } }", "{\"n\": 1}", BAD);
        refuse(cat, "unused variable", "query($n: Int) { __typename }", "{\"n\": 1}", BAD);
        refuse(cat, "unknown fragment", "{ ...Missing }", null, BAD);
        refuse(cat, "fragment on unknown type", "{ node(id: \"x\") { ... on Password { hash } } }", null, BAD);
        refuse(cat, "unknown directive", "{ __typename @exec(cmd: \"rm -rf /\") }", null, BAD);
        refuse(cat, "skip without its argument", "{ __typename @skip }", null, BAD);
        refuse(cat, "field on a union without a fragment", "{ search(text: \"peace\") { nodes { id } } }", null, BAD);
        refuse(cat, "selection on a scalar", "{ actors { totalCount { value } } }", null, BAD);
        refuse(cat, "object without selection", "{ actors }", null, BAD);
        refuse(cat, "required input missing", "mutation { createActor(input: {}) { actor { id } } }", null, BAD);
        refuse(cat, "required argument missing", "{ search { totalCount } }", null, BAD);
        refuse(cat, "introspection of unknown field", "{ __schema { secrets } }", null, BAD);
        refuse(cat, "cyclic fragments", "{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }", null, BAD);
        refuse(cat, "mutation field in a query", "{ createActor(input: {kind: STATE, name: \"x\"}) { actor { id } } }", null, BAD);
        refuse(cat, "syntax error", "{ actors(first: 1 { totalCount } }", null, BAD);
        refuse(cat, "empty document", "", null, BAD);
        refuse(cat, "only a comment", "# nothing here", null, BAD);
    }

    private void enumTypos() {
        String cat = "enum typos";
        refuse(cat, "ActorKind typo", "{ actors(filter: {kind: STAT}) { totalCount } }", null, BAD);
        refuse(cat, "ActorKind lower case", "{ actors(filter: {kind: state}) { totalCount } }", null, BAD);
        refuse(cat, "ActorKind as string literal", "{ actors(filter: {kind: \"STATE\"}) { totalCount } }", null, BAD);
        refuse(cat, "ActorKind variable typo", "query($k: ActorKind) { actors(filter: {kind: $k}) { totalCount } }", "{\"k\": \"STAT\"}", BAD);
        refuse(cat, "ActorKind variable lower case", "query($k: ActorKind) { actors(filter: {kind: $k}) { totalCount } }", "{\"k\": \"state\"}", BAD);
        refuse(cat, "ActorKind variable number", "query($k: ActorKind) { actors(filter: {kind: $k}) { totalCount } }", "{\"k\": 0}", BAD);
        refuse(cat, "EventStatus typo", "{ events(filter: {status: HELDD}) { totalCount } }", null, BAD);
        refuse(cat, "EventKind typo", "{ events(filter: {kind: MEETINGS}) { totalCount } }", null, BAD);
        refuse(cat, "ParticipationRole typo", "{ events(filter: {role: MEDIATORS}) { totalCount } }", null, BAD);
        refuse(cat, "CommitmentStatus typo in list", "{ commitments(filter: {status: [FULFILED]}) { totalCount } }", null, BAD);
        refuse(cat, "CommitmentStatus null in list variable",
                "query($s: [CommitmentStatus!]) { commitments(filter: {status: $s}) { totalCount } }", "{\"s\": [null]}", BAD);
        refuse(cat, "CommitmentKind typo", "{ commitments(filter: {kind: PEACE_TREATIES}) { totalCount } }", null, BAD);
        refuse(cat, "StatementKind typo", "{ statements(filter: {kind: JOINT}) { totalCount } }", null, BAD);
        refuse(cat, "nested enum argument typo", "{ actors(first: 1) { nodes { mediatedEvents(kind: MEETNG) { totalCount } } } }", null, BAD);
        refuse(cat, "enum typo in mutation input", "mutation($in: CreateActorInput!) { createActor(input: $in) { actor { id } } }",
                "{\"in\": {\"kind\": \"STATES\", \"name\": \"x\"}}", BAD);
        refuse(cat, "Qualifier typo in mutation input", "mutation($in: CreateEventInput!) { createEvent(input: $in) { event { id } } }",
                "{\"in\": {\"kind\": \"MEETING\", \"status\": \"HELD\", \"title\": \"x\", \"start\": \"2024\","
                        + " \"magnitude\": {\"amount\": 1, \"unit\": \"x\", \"qualifier\": \"ABOUTISH\"}}}", BAD);
        refuse(cat, "boolean for enum", "{ actors(filter: {kind: true}) { totalCount } }", null, BAD);
    }

    // ---- ids and cursors ------------------------------------------------------------------------

    private static String b64(String raw) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    private void malformedIds() {
        String cat = "malformed ids";
        String[][] idList = {
            {"empty id", ""},
            {"blank id", "   "},
            {"not base64", "!!!not-base64!!!"},
            {"plain Type:pk", "Actor:1"},
            {"base64 of garbage", b64("garbage")},
            {"base64 of random bytes", Base64.getUrlEncoder().withoutPadding().encodeToString(new byte[] {(byte) 0xff, 0, (byte) 0x80, 1})},
            {"missing pk", b64("Actor:")},
            {"negative pk", b64("Actor:-1")},
            {"zero pk", b64("Actor:0")},
            {"pk beyond long", b64("Actor:99999999999999999999999")},
            {"non-numeric pk", b64("Actor:abc")},
            {"fractional pk", b64("Actor:1.5")},
            {"exponent pk", b64("Actor:1e3")},
            {"pk with space", b64("Actor: 1")},
            {"pk with sql", b64("Actor:1 OR 1=1")},
            {"missing type", b64(":1")},
            {"two colons", b64("Actor:1:2")},
            {"no colon", b64("Actor1")},
            {"non-letter type", b64("Act0r:1")},
            {"padded base64", b64("Actor:1") + "=="},
            {"pk with plus sign", b64("Actor:+1")},
            {"pk with leading zeros", b64("Actor:007")},
            {"standard base64 alphabet", "QWN0b3I6MQ+/"},
            {"id over 100 characters", b64("Actor:" + "1".repeat(100))},
            {"id of 10000 characters", "A".repeat(10_000)},
            {"sql as id", "1' OR '1'='1"},
            {"path traversal as id", "../../etc/passwd"},
        };
        for (String[] id : idList) {
            refuse(cat, "actor(id:) " + id[0], "query($id: ID!) { actor(id: $id) { id } }", "{\"id\": " + JsonText.str(id[1]) + "}", BAD);
        }
        String[][] moreIds = {
            {"node(id:) unknown type", b64("Password:1")},
            {"node(id:) lower-case type", b64("actor:1")},
            {"node(id:) negative pk", b64("Event:-5")},
            {"node(id:) not base64", "%%%"},
        };
        for (String[] id : moreIds) {
            refuse(cat, id[0], "query($id: ID!) { node(id: $id) { id } }", "{\"id\": " + JsonText.str(id[1]) + "}", BAD);
        }
        refuse(cat, "integer literal as id", "{ actor(id: 5) { id } }", null, BAD);
        refuse(cat, "integer variable as id", "query($id: ID!) { actor(id: $id) { id } }", "{\"id\": 12}", BAD);
        refuse(cat, "malformed id in a filter", "{ events(filter: {actor: \"zzz\"}) { totalCount } }", null, BAD);
        refuse(cat, "malformed id in a nested list input", "mutation($in: MergeActorsInput!) { mergeActors(input: $in) { mergedIds } }",
                "{\"in\": {\"survivor\": " + JsonText.str(ids.actor()) + ", \"merged\": [\"@@@\"]}}", BAD);
        refuse(cat, "well-formed missing actor in updateActor",
                "mutation($in: UpdateActorInput!) { updateActor(input: $in) { actor { id } } }",
                "{\"in\": {\"id\": " + JsonText.str(b64("Actor:987654321")) + ", \"expectedVersion\": 0, \"kind\": \"STATE\", \"name\": \"x\"}}",
                NOT_FOUND);
        refuse(cat, "well-formed missing actor in deleteActor",
                "mutation($in: DeleteActorInput!) { deleteActor(input: $in) { deletedId } }",
                "{\"in\": {\"id\": " + JsonText.str(b64("Actor:987654321")) + ", \"expectedVersion\": 0}}", NOT_FOUND);
        refuse(cat, "stale expectedVersion in deleteActor",
                "mutation($in: DeleteActorInput!) { deleteActor(input: $in) { deletedId } }",
                "{\"in\": {\"id\": " + JsonText.str(ids.actor()) + ", \"expectedVersion\": " + (ids.actorVersion() + 7) + "}}", CONFLICT);
        refuse(cat, "negative expectedVersion in deleteActor",
                "mutation($in: DeleteActorInput!) { deleteActor(input: $in) { deletedId } }",
                "{\"in\": {\"id\": " + JsonText.str(ids.actor()) + ", \"expectedVersion\": -1}}", BAD, CONFLICT);
        answer(cat, "well-formed id that names nothing gives null",
                "query($id: ID!) { node(id: $id) { id } }", "{\"id\": " + JsonText.str(b64("Actor:987654321")) + "}",
                new Check("node is null", r -> r.get("data.node") == null && r.getMap("data").containsKey("node")));
    }

    private void otherTypesIds() {
        String cat = "other types' ids";
        Map<String, String> wrong = Map.of("event", ids.event(), "statement", ids.statement(), "commitment", ids.commitment(),
                "source", ids.source(), "process", ids.process(), "place", ids.place());
        wrong.forEach((type, id) -> refuse(cat, type + " id for actor(id:)", "query($id: ID!) { actor(id: $id) { id } }",
                "{\"id\": " + JsonText.str(id) + "}", BAD));
        refuse(cat, "actor id for event(id:)", "query($id: ID!) { event(id: $id) { id } }", vid(ids.actor()), BAD);
        refuse(cat, "event id for statement(id:)", "query($id: ID!) { statement(id: $id) { id } }", vid(ids.event()), BAD);
        refuse(cat, "statement id for commitment(id:)", "query($id: ID!) { commitment(id: $id) { id } }", vid(ids.statement()), BAD);
        refuse(cat, "commitment id for process(id:)", "query($id: ID!) { process(id: $id) { id } }", vid(ids.commitment()), BAD);
        refuse(cat, "event id as events' actor filter", "query($id: ID) { events(filter: {actor: $id}) { totalCount } }", vid(ids.event()), BAD);
        refuse(cat, "source id as commitments' obligor filter", "query($id: ID) { commitments(filter: {obligor: $id}) { totalCount } }",
                vid(ids.source()), BAD);
        refuse(cat, "actor id as statements' process filter", "query($id: ID) { statements(filter: {process: $id}) { totalCount } }",
                vid(ids.actor()), BAD);
        refuse(cat, "event id as obligor in createCommitment",
                "mutation($in: CreateCommitmentInput!) { createCommitment(input: $in) { commitment { id } } }",
                "{\"in\": {\"kind\": \"OTHER\", \"description\": \"x\", \"obligors\": [" + JsonText.str(ids.event()) + "]}}", BAD);
        refuse(cat, "actor id as survivor's merged list member of another type",
                "mutation($in: MergeActorsInput!) { mergeActors(input: $in) { mergedIds } }",
                "{\"in\": {\"survivor\": " + JsonText.str(ids.actor()) + ", \"merged\": [" + JsonText.str(ids.process()) + "]}}", BAD);
        refuse(cat, "process id as event in addParticipant",
                "mutation($in: AddParticipantInput!) { addParticipant(input: $in) { participation { id } } }",
                "{\"in\": {\"event\": " + JsonText.str(ids.process()) + ", \"actor\": " + JsonText.str(ids.actor()) + ", \"role\": \"PARTY\"}}", BAD);
        refuse(cat, "actor id as source in addCitation",
                "mutation($in: AddCitationInput!) { addCitation(input: $in) { citation { id } } }",
                "{\"in\": {\"subject\": " + JsonText.str(ids.event()) + ", \"source\": " + JsonText.str(ids.actor()) + "}}", BAD);
        refuse(cat, "source id as id in updateProcess",
                "mutation($in: UpdateProcessInput!) { updateProcess(input: $in) { process { id } } }",
                "{\"in\": {\"id\": " + JsonText.str(ids.source()) + ", \"expectedVersion\": 0, \"name\": \"x\"}}", BAD);
    }

    private static String vid(String id) {
        return "{\"id\": " + JsonText.str(id) + "}";
    }

    private void cursors() {
        String cat = "malformed cursors";
        String[][] list = {
            {"garbage", "garbage!"},
            {"base64 without bar", b64("12345")},
            {"base64 non-numeric pk", b64("abc|x")},
            {"base64 empty", ""},
            {"base64 of sql", b64("1 OR 1=1|x")},
            {"pk beyond long", b64("99999999999999999999|x")},
        };
        for (String[] c : list) {
            refuse(cat, "actors(after:) " + c[0], "query($c: String) { actors(after: $c) { totalCount } }", "{\"c\": " + JsonText.str(c[1]) + "}", BAD);
        }
        refuse(cat, "search(before:) with a non-numeric rank", "query($c: String) { search(text: \"peace\", before: $c) { totalCount } }",
                "{\"c\": " + JsonText.str(b64("5|x")) + "}", BAD);
        refuse(cat, "events(before:) garbage", "{ events(before: \"%%\") { totalCount } }", null, BAD);
    }

    // ---- dates, page sizes ----------------------------------------------------------------------

    private void invalidDates() {
        String cat = "invalid EDTF dates";
        String[] dates = {"2023-13", "2023-02-30", "2023-02-29", "2023-12-32", "2023-00", "20233", "23", "2023-1-1", "yesterday",
            "2023-12-07T10:00", "2023/2022", "../..", "/", "2023-10-20/...", "", " ", "2023~~", "2023??", "-2023", "9999999999", "2023-12-07 ",
            "2023-10-20/2023-10-31/2023-11-01", "2023-12-07'; DROP TABLE event; --"};
        for (String d : dates) {
            refuse(cat, "createEvent start " + JsonText.str(d), "mutation($in: CreateEventInput!) { createEvent(input: $in) { event { id } } }",
                    "{\"in\": {\"kind\": \"MEETING\", \"status\": \"HELD\", \"title\": \"x\", \"start\": " + JsonText.str(d) + "}}", BAD);
        }
        refuse(cat, "createSource published", "mutation($in: CreateSourceInput!) { createSource(input: $in) { source { id } } }",
                "{\"in\": {\"publisher\": \"p\", \"title\": \"t\", \"published\": \"2023-13-01\"}}", BAD);
        refuse(cat, "createCommitment deadline", "mutation($in: CreateCommitmentInput!) { createCommitment(input: $in) { commitment { id } } }",
                "{\"in\": {\"kind\": \"OTHER\", \"description\": \"x\", \"obligors\": [" + JsonText.str(ids.actor()) + "], \"deadline\": \"soon\"}}", BAD);
        refuse(cat, "Date filter month 13", "{ events(filter: {from: \"2023-13-01\"}) { totalCount } }", null, BAD);
        refuse(cat, "Date filter partial", "{ events(filter: {to: \"2023-10\"}) { totalCount } }", null, BAD);
        refuse(cat, "Date variable not a date", "query($d: Date) { commitments(filter: {overdueAsOf: $d}) { totalCount } }", "{\"d\": \"now\"}", BAD);
        refuse(cat, "Date variable number", "query($d: Date) { commitments(filter: {deadlineFrom: $d}) { totalCount } }", "{\"d\": 20231207}", BAD);
        refuse(cat, "statusAsOf invalid", "{ commitments(first: 1) { nodes { statusAsOf(date: \"2023-99-99\") } } }", null, BAD);
        refuse(cat, "commitmentStats asOf invalid", "{ processes(first: 1) { nodes { commitmentStats(asOf: \"x\") { total } } } }", null, BAD);
        refuse(cat, "timeline from invalid", "{ processes(first: 1) { nodes { timeline(from: \"2025-02-30\") { totalCount } } } }", null, BAD);
    }

    private void pageSizes() {
        String cat = "negative or huge first/last";
        refuse(cat, "first -1", "{ actors(first: -1) { totalCount } }", null, BAD);
        refuse(cat, "first Int minimum", "{ actors(first: -2147483648) { totalCount } }", null, BAD);
        refuse(cat, "first 101", "{ actors(first: 101) { totalCount } }", null, LIMIT);
        refuse(cat, "first Int maximum", "{ events(first: 2147483647) { totalCount } }", null, LIMIT);
        refuse(cat, "first beyond Int", "{ events(first: 2147483648) { totalCount } }", null, BAD);
        refuse(cat, "first float", "{ events(first: 1.0) { totalCount } }", null, BAD);
        refuse(cat, "first string", "{ events(first: \"10\") { totalCount } }", null, BAD);
        refuse(cat, "last -1", "{ statements(last: -1) { totalCount } }", null, BAD);
        refuse(cat, "last 1000", "{ commitments(last: 1000) { totalCount } }", null, LIMIT);
        refuse(cat, "first and last", "{ sources(first: 1, last: 1) { totalCount } }", null, BAD);
        refuse(cat, "nested first huge", "{ actors(first: 1) { nodes { mediatedEvents(first: 100000) { totalCount } } } }", null, LIMIT);
        refuse(cat, "nested last negative", "{ processes(first: 1) { nodes { timeline(last: -3) { totalCount } } } }", null, BAD);
        refuse(cat, "search first huge", "{ search(text: \"peace\", first: 5000) { totalCount } }", null, LIMIT);
        refuse(cat, "variable first beyond Int", "query($n: Int) { actors(first: $n) { totalCount } }", "{\"n\": 99999999999}", BAD);
        refuse(cat, "variable first negative", "query($n: Int) { actors(first: $n) { totalCount } }", "{\"n\": -50}", BAD);
        refuse(cat, "variable last 1e3", "query($n: Int) { actors(last: $n) { totalCount } }", "{\"n\": 1e3}", BAD, LIMIT);
    }

    // ---- huge strings, control characters, invalid UTF-8 -------------------------------------

    private void hugeStrings() {
        String cat = "huge strings";
        String prefix = "{\"query\": \"{ __typename }\", \"variables\": {\"pad\": \"";
        String suffix = "\"}}";
        int over = (int) bodyLimit + 1 - prefix.length() - suffix.length();
        post(cat, "body one byte over the limit", prefix + "x".repeat(over) + suffix, LIMIT);
        post(cat, "body a megabyte over the limit", prefix + "x".repeat(over + 1024 * 1024) + suffix, LIMIT);
        String nameJust = "mutation($in: CreateActorInput!) { createActor(input: $in) { actor { id } } }";
        String before = "{\"query\": " + JsonText.str(nameJust) + ", \"variables\": {\"in\": {\"kind\": \"STATE\", \"name\": \"";
        String after = "\"}}}";
        post(cat, "actor name just under the body limit", before + "n".repeat((int) bodyLimit - 64 - before.length() - after.length()) + after, BAD);
        String docBefore = "{\"query\": \"{ search(text: \\\"";
        String docAfter = "\\\") { totalCount } }\"}";
        post(cat, "query document just under the body limit",
                docBefore + "w".repeat((int) bodyLimit - 64 - docBefore.length() - docAfter.length()) + docAfter, LIMIT);
        refuse(cat, "actor name of 1001 characters", nameJust, "{\"in\": {\"kind\": \"STATE\", \"name\": " + JsonText.str("a".repeat(1001)) + "}}", BAD);
        refuse(cat, "event summary of 20001 characters", "mutation($in: CreateEventInput!) { createEvent(input: $in) { event { id } } }",
                "{\"in\": {\"kind\": \"MEETING\", \"status\": \"HELD\", \"title\": \"x\", \"start\": \"2024\", \"summary\": "
                        + JsonText.str("s".repeat(20_001)) + "}}", BAD);
        refuse(cat, "source url of 100000 characters", "mutation($in: CreateSourceInput!) { createSource(input: $in) { source { id } } }",
                "{\"in\": {\"publisher\": \"p\", \"title\": \"t\", \"url\": " + JsonText.str("https://x.org/" + "u".repeat(100_000)) + "}}", BAD);
        refuse(cat, "search with 11 words", "query($t: String!) { search(text: $t) { totalCount } }",
                "{\"t\": \"a b c d e f g h i j k\"}", BAD);
        refuse(cat, "deeply nested selection", "{ actors { nodes { " + "affiliations { organization { ".repeat(300) + "name"
                + " } }".repeat(300) + " } } }", null, LIMIT);
        refuse(cat, "deeply nested list literal", "{ commitments(filter: {status: " + "[".repeat(2000) + "]".repeat(2000)
                + "}) { totalCount } }", null, BAD, LIMIT);
        refuse(cat, "20000 aliases", "{ " + "a: __typename ".repeat(20_000) + "}", null, LIMIT);
    }

    private void controlCharacters() {
        String cat = "control characters";
        refuse(cat, "NUL in the document", "{ __typename \u0000 }", null, BAD);
        refuse(cat, "bell in the document", "{ __typ\u0007ename }", null, BAD);
        refuse(cat, "NUL in a string literal", "{ search(text: \"pe\u0000ace\") { totalCount } }", null, BAD);
        refuse(cat, "lone surrogate escape in a string literal", "{ search(text: \"\\uD800\") { totalCount } }", null, BAD);
        refuse(cat, "NUL in a search variable", "query($t: String!) { search(text: $t) { totalCount } }", "{\"t\": \"pe\\u0000ace\"}", BAD);
        refuse(cat, "NUL in an actor name", "mutation($in: CreateActorInput!) { createActor(input: $in) { actor { id } } }",
                "{\"in\": {\"kind\": \"STATE\", \"name\": \"Null\\u0000Land\"}}", BAD);
        refuse(cat, "lone surrogate in an actor name", "mutation($in: CreateActorInput!) { createActor(input: $in) { actor { id } } }",
                "{\"in\": {\"kind\": \"STATE\", \"name\": \"Half \\ud800 surrogate\"}}", BAD);
        refuse(cat, "lone low surrogate in a process name", "mutation($in: CreateProcessInput!) { createProcess(input: $in) { process { id } } }",
                "{\"in\": {\"name\": \"x\\udc00y\"}}", BAD);
        refuse(cat, "NUL in an id", "query($id: ID!) { actor(id: $id) { id } }", "{\"id\": \"QWN0b3I6MQ\\u0000\"}", BAD);
        refuse(cat, "NUL in a dossier", "mutation($j: String!) { importDossier(input: {json: $j}) { created } }",
                "{\"j\": \"{\\\"dossier\\\": \\\"a\\u0000b\\\"}\"}", BAD);
        refuse(cat, "blank search of control characters", "query($t: String!) { search(text: $t) { totalCount } }",
                "{\"t\": \"\\t\\n\\r \\u000b\\u000c\"}", BAD);
        refuse(cat, "blank actor name of control characters", "mutation($in: CreateActorInput!) { createActor(input: $in) { actor { id } } }",
                "{\"in\": {\"kind\": \"STATE\", \"name\": \"\\t\\n\\r\"}}", BAD);
    }

    private void invalidUtf8() {
        String cat = "invalid UTF-8";
        byte[][] sequences = {
            {(byte) 0xff},
            {(byte) 0xc3, (byte) 0x28},
            {(byte) 0x80},
            {(byte) 0xc0, (byte) 0xaf},
            {(byte) 0xe0, (byte) 0x80, (byte) 0xaf},
            {(byte) 0xed, (byte) 0xa0, (byte) 0x80},
            {(byte) 0xf8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80},
            {(byte) 0xf4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
            {(byte) 0xe2, (byte) 0x82},
        };
        String[] names = {"0xFF", "0xC3 0x28", "lone continuation byte", "overlong slash", "overlong 3-byte slash",
            "encoded surrogate", "5-byte sequence", "beyond U+10FFFF", "truncated 3-byte sequence"};
        for (int i = 0; i < sequences.length; i++) {
            bytes(cat, names[i] + " in an actor name", concat(
                    "{\"query\": \"mutation($in: CreateActorInput!) { createActor(input: $in) { actor { id } } }\", "
                            + "\"variables\": {\"in\": {\"kind\": \"STATE\", \"name\": \"Bad ", sequences[i], " name\"}}}"), BAD);
        }
        bytes(cat, "0xFF in a search", concat("{\"query\": \"query($t: String!) { search(text: $t) { totalCount } }\", \"variables\": {\"t\": \"",
                sequences[0], "\"}}"), BAD);
        bytes(cat, "0xFF outside a string", concat("{\"query\": \"{ __typename }\"", sequences[0], "}"), BAD);
        bytes(cat, "0xFE 0xFF byte order mark", concat("", new byte[] {(byte) 0xfe, (byte) 0xff}, "{\"query\": \"{ __typename }\"}"), BAD);
        bytes(cat, "UTF-16 body", "{\"query\": \"{ __typename }\"}".getBytes(StandardCharsets.UTF_16LE), BAD);
    }

    private static byte[] concat(String head, byte[] middle, String tail) {
        byte[] h = head.getBytes(StandardCharsets.UTF_8);
        byte[] t = tail.getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[h.length + middle.length + t.length];
        System.arraycopy(h, 0, all, 0, h.length);
        System.arraycopy(middle, 0, all, h.length, middle.length);
        System.arraycopy(t, 0, all, h.length + middle.length, t.length);
        return all;
    }

    // ---- SQL, HTML and script payloads ----------------------------------------------------------

    private void payloads() {
        String search = "query($t: String!) { search(text: $t, first: 100) { totalCount nodes { __typename"
                + " ... on Actor { name names { value } } ... on Event { title summary } ... on Statement { summary quotes { text } }"
                + " ... on Commitment { description } } } }";
        String byName = "query($t: String) { actors(filter: {name: $t}, first: 100) { totalCount nodes { name names { value } } } }";
        String resolve = "query($t: String!) { resolveActors(name: $t) { name names { value } } }";
        String byCountry = "query($t: String) { actors(filter: {countryCode: $t}, first: 100) { totalCount nodes { countryCode } } }";
        String missingPlace = JsonText.str(b64("Place:987654321"));
        String missingActor = JsonText.str(b64("Actor:987654321"));
        String missingCommitment = JsonText.str(b64("Commitment:987654321"));
        String missingSource = JsonText.str(b64("Source:987654321"));
        String missingProcess = JsonText.str(b64("Process:987654321"));
        for (String p : payloadList()) {
            String cat = "payloads";
            String q = JsonText.str(p);
            String tv = "{\"t\": " + q + "}";
            String label = " " + q;
            answer(cat, "search" + label, search, tv, new Check("every hit holds every word", r -> searchHitsHoldWords(r, p)));
            answer(cat, "actors(filter: {name:})" + label, byName, tv, new Check("every actor has a name containing it",
                    r -> everyNode(r.getList("data.actors.nodes"), n -> namesOf(n).stream().anyMatch(s -> fold(s).contains(fold(p))))
                            && r.getInt("data.actors.totalCount") == r.getList("data.actors.nodes").size()));
            answer(cat, "resolveActors(name:)" + label, resolve, tv, new Check("every actor has that name",
                    r -> everyNode(r.getList("data.resolveActors"), n -> namesOf(n).stream().anyMatch(s -> fold(s).equals(fold(p))))));
            answer(cat, "actors(filter: {countryCode:})" + label, byCountry, tv, new Check("every actor has that country code",
                    r -> everyNode(r.getList("data.actors.nodes"), n -> p.equals(n.get("countryCode")))));
            refuse(cat, "cursor" + label, "query($t: String) { events(after: $t) { totalCount } }", tv, BAD);
            refuse(cat, "id" + label, "query($t: ID!) { node(id: $t) { id } }", tv, BAD);
            // Refused writes with the payload in every stored string field: nothing may be stored.
            refuse(cat, "createActor, bad country code," + label, "mutation($in: CreateActorInput!) { createActor(input: $in) { actor { id } } }",
                    "{\"in\": {\"kind\": \"STATE\", \"name\": " + q + ", \"description\": " + q + ", \"countryCode\": " + q
                            + ", \"names\": [{\"kind\": \"ALIAS\", \"value\": " + q + "}], \"externalIds\": [{\"scheme\": " + q + ", \"value\": " + q + "}]}}",
                    BAD);
            refuse(cat, "createEvent, missing place," + label, "mutation($in: CreateEventInput!) { createEvent(input: $in) { event { id } } }",
                    "{\"in\": {\"kind\": \"MEETING\", \"status\": \"HELD\", \"title\": " + q + ", \"summary\": " + q + ", \"start\": \"2024\","
                            + " \"magnitude\": {\"amount\": 1, \"unit\": " + q + ", \"qualifier\": \"EXACT\"}, \"place\": " + missingPlace + "}}",
                    NOT_FOUND);
            refuse(cat, "createStatement, missing author," + label,
                    "mutation($in: CreateStatementInput!) { createStatement(input: $in) { statement { id } } }",
                    "{\"in\": {\"kind\": \"CLAIM\", \"date\": \"2024\", \"summary\": " + q + ", \"quotes\": [{\"text\": " + q + "}],"
                            + " \"authors\": [" + missingActor + "]}}",
                    NOT_FOUND);
            refuse(cat, "createCommitment, missing obligor," + label,
                    "mutation($in: CreateCommitmentInput!) { createCommitment(input: $in) { commitment { id } } }",
                    "{\"in\": {\"kind\": \"OTHER\", \"description\": " + q + ", \"obligors\": [" + missingActor + "],"
                            + " \"quantity\": {\"amount\": 2, \"unit\": " + q + ", \"qualifier\": \"ABOUT\"}}}",
                    NOT_FOUND);
            refuse(cat, "createSource, bad date," + label, "mutation($in: CreateSourceInput!) { createSource(input: $in) { source { id } } }",
                    "{\"in\": {\"publisher\": " + q + ", \"title\": " + q + ", \"url\": " + q + ", \"language\": " + q + ", \"published\": " + q + "}}",
                    BAD);
            refuse(cat, "updateProcess, missing process," + label,
                    "mutation($in: UpdateProcessInput!) { updateProcess(input: $in) { process { id } } }",
                    "{\"in\": {\"id\": " + missingProcess + ", \"expectedVersion\": 0, \"name\": " + q + ", \"description\": " + q + "}}", NOT_FOUND);
            refuse(cat, "createPlace, bad country code," + label, "mutation($in: CreatePlaceInput!) { createPlace(input: $in) { place { id } } }",
                    "{\"in\": {\"kind\": \"CITY\", \"name\": " + q + ", \"countryCode\": " + q + "}}", BAD);
            refuse(cat, "createAffiliation, missing actor," + label,
                    "mutation($in: CreateAffiliationInput!) { createAffiliation(input: $in) { affiliation { id } } }",
                    "{\"in\": {\"actor\": " + missingActor + ", \"organization\": " + missingActor + ", \"position\": " + q + "}}", NOT_FOUND);
            refuse(cat, "recordCommitmentStatus, missing commitment," + label,
                    "mutation($in: RecordCommitmentStatusInput!) { recordCommitmentStatus(input: $in) { commitment { id } } }",
                    "{\"in\": {\"commitment\": " + missingCommitment + ", \"status\": \"FULFILLED\", \"date\": \"2024\", \"expectedVersion\": 0,"
                            + " \"note\": " + q + ", \"citations\": [{\"source\": " + missingSource + ", \"excerpt\": " + q + ", \"locator\": " + q + "}]}}",
                    NOT_FOUND);
            refuse(cat, "addCitation, missing source," + label, "mutation($in: AddCitationInput!) { addCitation(input: $in) { citation { id } } }",
                    "{\"in\": {\"subject\": " + JsonText.str(ids.event()) + ", \"source\": " + missingSource + ", \"excerpt\": " + q
                            + ", \"locator\": " + q + "}}", NOT_FOUND);
        }
    }

    private static String fold(String s) {
        return s == null ? "" : Folding.fold(s);
    }

    @SuppressWarnings("unchecked")
    private static List<String> namesOf(Map<String, Object> actor) {
        List<String> all = new ArrayList<>();
        all.add((String) actor.get("name"));
        for (Map<String, Object> n : (List<Map<String, Object>>) actor.getOrDefault("names", List.of())) {
            all.add((String) n.get("value"));
        }
        return all;
    }

    private static boolean everyNode(List<Map<String, Object>> nodes, Predicate<Map<String, Object>> test) {
        return nodes != null && nodes.stream().allMatch(test);
    }

    /** Each search hit's text (every searched field, folded) contains every word of the query. */
    @SuppressWarnings("unchecked")
    private static boolean searchHitsHoldWords(JsonPath r, String text) {
        List<Map<String, Object>> nodes = r.getList("data.search.nodes");
        if (nodes == null || r.getInt("data.search.totalCount") != nodes.size()) {
            return false;
        }
        List<String> words = List.of(fold(text).split(" "));
        return nodes.stream().allMatch(n -> {
            StringBuilder all = new StringBuilder();
            n.forEach((k, v) -> {
                if (v instanceof String s && !k.equals("__typename")) {
                    all.append(s).append(' ');
                } else if (v instanceof List<?> list) {
                    for (Object item : list) {
                        ((Map<String, Object>) item).values().forEach(x -> all.append(x).append(' '));
                    }
                }
            });
            String folded = fold(all.toString());
            return words.stream().allMatch(folded::contains);
        });
    }

    // ---- dossiers -------------------------------------------------------------------------------

    private void dossiers() {
        String cat = "broken and oversized dossiers";
        String importDoc = "mutation($j: String!) { importDossier(input: {json: $j}) { dossier created linked } }";
        String[][] broken = {
            {"empty", ""},
            {"not json", "dossier!"},
            {"truncated", "{\"dossier\": \"x\", \"sources\": ["},
            {"json null", "null"},
            {"json array", "[]"},
            {"empty object", "{}"},
            {"dossier name a number", "{\"dossier\": 1, \"title\": \"t\"}"},
            {"unknown top-level member", "{\"dossier\": \"hostile-1\", \"title\": \"t\", \"admin\": true}"},
            {"bad enum", "{\"dossier\": \"hostile-2\", \"title\": \"t\", \"actors\": [{\"key\": \"actor.x\", \"kind\": \"EMPIRE\", \"name\": \"X\"}]}"},
            {"bad date", "{\"dossier\": \"hostile-3\", \"title\": \"t\", \"sources\": [{\"key\": \"source.x\", \"publisher\": \"p\", \"title\": \"t\","
                    + " \"published\": \"2023-13\"}]}"},
            {"duplicate keys", "{\"dossier\": \"hostile-4\", \"title\": \"t\", \"actors\": [{\"key\": \"actor.x\", \"kind\": \"STATE\", \"name\": \"X\"},"
                    + " {\"key\": \"actor.x\", \"kind\": \"STATE\", \"name\": \"Y\"}]}"},
            {"dangling reference", "{\"dossier\": \"hostile-5\", \"title\": \"t\", \"events\": [{\"key\": \"event.x\", \"kind\": \"MEETING\","
                    + " \"status\": \"HELD\", \"title\": \"T\", \"start\": \"2024\", \"participants\": [{\"actor\": \"actor.nobody\", \"role\": \"PARTY\"}]}]}"},
            {"sql in key with a bad kind", "{\"dossier\": \"hostile-6'; DROP TABLE source; --\", \"title\": \"t\", \"actors\": [{\"key\": \"a'; DELETE FROM actor; --\","
                    + " \"kind\": \"STAT\", \"name\": \"<script>alert(1)</script>\"}]}"},
            {"nested 20000 deep", "{\"dossier\": \"hostile-7\", \"title\": \"t\", \"x\": " + "[".repeat(20_000) + "]".repeat(20_000) + "}"},
            {"actor name over its width", "{\"dossier\": \"hostile-8\", \"title\": \"t\", \"actors\": [{\"key\": \"actor.long\", \"kind\": \"STATE\","
                    + " \"name\": \"" + "n".repeat(5000) + "\"}]}"},
        };
        for (String[] d : broken) {
            refuse(cat, "dossier " + d[0], importDoc, "{\"j\": " + JsonText.str(d[1]) + "}", BAD);
        }
        refuse(cat, "dossier as a string literal that is not JSON", "mutation { importDossier(input: {json: \"{{{\"}) { created } }", null, BAD);
        refuse(cat, "dossier input json: null literal", "mutation { importDossier(input: {json: null}) { created } }", null, BAD);
        // Large but under the body limit: many valid records and one broken one at the end.
        StringBuilder big = new StringBuilder("{\"dossier\": \"hostile-big\", \"title\": \"t\", \"actors\": [");
        int n = 0;
        while (big.length() < Math.min(bodyLimit / 3, 3_000_000)) {
            big.append("{\"key\": \"actor.hostile-").append(n++).append("\", \"kind\": \"STATE\", \"name\": \"Hostile ").append(n).append("\"},");
        }
        big.append("{\"key\": \"actor.broken\", \"kind\": \"KINGDOM\", \"name\": \"Broken\"}]}");
        refuse(cat, "large dossier (" + n + " actors) with one broken record", importDoc, "{\"j\": " + JsonText.str(big.toString()) + "}", BAD, LIMIT);
        // Over the body limit.
        String prefix = "{\"query\": " + JsonText.str(importDoc) + ", \"variables\": {\"j\": \"{\\\"dossier\\\": \\\"huge\\\", \\\"title\\\": \\\"";
        String suffix = "\\\"}\"}}";
        post(cat, "dossier over the body limit", prefix + "t".repeat((int) bodyLimit + 10 - prefix.length() - suffix.length()) + suffix, LIMIT);
    }

    /**
     * Mutations without a token and with wrong tokens. Each would be a valid write with an editor's
     * token (a new process), so the table digests prove that the refusal stored nothing.
     */
    private void tokens() {
        String cat = "tokens";
        String body = JsonText.request("mutation($in: CreateProcessInput!) { createProcess(input: $in) { process { id } } }",
                "{\"in\": {\"name\": \"Process created without a valid token\"}}");
        String unsigned = b64("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + b64("{\"iss\":\"accord-dev\",\"sub\":\"x\",\"groups\":[\"editor\"],"
                + "\"exp\":4102444800}") + ".";
        String[] editor = Tokens.DEV.token("hostile", "editor").split("\\.");
        String[][] headers = {
            {"no Authorization header", ""},
            {"empty bearer", "Bearer "},
            {"bearer of garbage", "Bearer not-a-jwt"},
            {"basic credentials", "Basic " + Base64.getEncoder().encodeToString("admin:admin".getBytes(StandardCharsets.UTF_8))},
            {"unsigned token (alg none)", "Bearer " + unsigned},
            {"token with its signature cut off", "Bearer " + editor[0] + "." + editor[1] + "."},
            {"token with a forged payload", "Bearer " + editor[0] + "." + b64("{\"iss\":\"accord-dev\",\"sub\":\"x\",\"groups\":[\"editor\"]}")
                    + "." + editor[2]},
            {"token signed with another key", "Bearer " + Tokens.generate(Tokens.DEV.issuer).token("hostile", "editor")},
            {"token from another issuer", "Bearer " + Tokens.DEV.withIssuer("https://evil.example").token("hostile", "editor")},
            {"expired token", "Bearer " + Tokens.DEV.expired("hostile", 600, "editor")},
            {"token without the editor role", "Bearer " + Tokens.DEV.token("hostile", "reader")},
            {"token with no roles", "Bearer " + Tokens.DEV.token("hostile")},
            {"lower-case scheme with sql", "bearer ' OR '1'='1"},
        };
        for (String[] h : headers) {
            addCase(new HostileCase("createProcess with " + h[0], cat, "POST", JSON, body.getBytes(StandardCharsets.UTF_8), null,
                    Set.of("UNAUTHENTICATED", "FORBIDDEN"), null, h[1]));
        }
    }

    // ---- builders -------------------------------------------------------------------------------

    private void refuse(String cat, String name, String query, String variablesJson, String... codes) {
        post(cat, name, JsonText.request(query, variablesJson), codes);
    }

    private void answer(String cat, String name, String query, String variablesJson, Check check) {
        addCase(new HostileCase(name, cat, "POST", JSON, JsonText.request(query, variablesJson).getBytes(StandardCharsets.UTF_8), null, null,
                check, null));
    }

    private void post(String cat, String name, String body, String... codes) {
        bytes(cat, name, body.getBytes(StandardCharsets.UTF_8), codes);
    }

    private void bytes(String cat, String name, byte[] body, String... codes) {
        addCase(new HostileCase(name, cat, "POST", JSON, body, null, Set.of(codes), null, null));
    }

    private void add(String cat, String name, String method, String contentType, String body, String queryString, String... codes) {
        addCase(new HostileCase(name, cat, method, contentType, body.getBytes(StandardCharsets.UTF_8), queryString, Set.of(codes), null, null));
    }

    private void addCase(HostileCase c) {
        if (!names.add(c.name())) {
            throw new IllegalStateException("Two cases are named " + c.name());
        }
        cases.add(c);
    }

    private static String url(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
