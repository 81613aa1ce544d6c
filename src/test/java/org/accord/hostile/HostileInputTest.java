package org.accord.hostile;

import static org.accord.support.GraphQl.data;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.accord.support.Fixtures;
import org.accord.support.TableDigests;
import org.accord.support.Tokens;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Issue 5, part 2: the hostile-input corpus ({@link HostileCorpus}) over real HTTP. Every request
 * must be refused (a 4xx, or a 200 whose errors all carry an expected code) or, for searches and
 * filters holding injection payloads, answered with only records that hold the payload as text;
 * no response may carry a stack trace, a Java class name or SQL; the server must answer after each
 * request; and every table must be byte-for-byte the same afterwards (SHA-256 per table).
 *
 * <p>The second test stores the same payloads through valid mutations and reads them back
 * verbatim; it runs after the digest comparison, which it would otherwise break on purpose.
 */
@QuarkusTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HostileInputTest {

    private static final Logger LOG = Logger.getLogger(HostileInputTest.class);

    /** Every code an error may carry for a client's mistake (INTERNAL is a server fault: never expected here). */
    static final Set<String> CLIENT_CODES = Set.of("BAD_USER_INPUT", "NOT_FOUND", "CONFLICT", "LIMIT_EXCEEDED",
            "UNAUTHENTICATED", "FORBIDDEN");

    /**
     * Text that betrays internals: stack frames, exception and package names, SQL and database
     * messages. A response may still contain one when the request itself did (messages quote the bad
     * value back); the other cases check that marker.
     */
    static final List<Pattern> LEAKS = Stream.of("\tat ", "\\tat ", "Exception", "Caused by", "StackOverflow", "NullPointer",
            "OutOfMemory", "stacktrace").map(s -> Pattern.compile(Pattern.quote(s))).collect(Collectors.toCollection(ArrayList::new));

    static {
        // package names, but not setting names such as quarkus.smallrye-graphql.parser-max-tokens
        LEAKS.add(Pattern.compile("(?<![\\w-])(java|javax|jakarta|sun|org\\.hibernate|org\\.h2|org\\.postgresql|org\\.accord|org\\.eclipse"
                + "|io\\.smallrye|io\\.quarkus|io\\.vertx|io\\.agroal|io\\.netty|com\\.fasterxml|com\\.networknt|graphql)\\.[a-z]"));
        for (String sql : List.of("\\bsql\\b", "\\bselect\\s", "\\binsert\\s+into\\b", "\\bdelete\\s+from\\b", "\\bupdate\\s+\\w+\\s+set\\b",
                "\\bconstraint\\b", "syntax error at or near", "\\bjdbc\\b", "\\bhql\\b", "\\bpanache\\b")) {
            LEAKS.add(Pattern.compile(sql, Pattern.CASE_INSENSITIVE));
        }
    }

    private static final String JSON = "application/json";
    private static final String GRAPHQL_RESPONSE = "application/graphql-response+json";
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @TestHTTPResource("/graphql")
    URI endpoint;

    @Inject
    AgroalDataSource dataSource;

    /**
     * The one place this class sends a request over raw HTTP. {@code authorization} is the header to
     * send: null for an editor's valid token, "" for none.
     */
    private HttpResponse<byte[]> send(String method, String query, String contentType, String accept, byte[] body,
            String authorization) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(query == null ? endpoint : URI.create(endpoint + "?" + query))
                .timeout(Duration.ofSeconds(60))
                .method(method, body.length == 0 ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        if (accept != null) {
            b.header("Accept", accept);
        }
        String auth = authorization == null ? Tokens.DEV.editor() : authorization;
        if (!auth.isEmpty()) {
            b.header("Authorization", auth);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    @Order(1)
    void corpusIsRefusedAndChangesNothing() throws Exception {
        List<HostileCase> corpus = HostileCorpus.build(seedIds(), bodyLimit());
        Map<String, String> before = TableDigests.of(dataSource);

        List<String> failures = new ArrayList<>();
        long refusals = corpus.stream().filter(HostileCase::refusal).count();
        Map<Integer, Integer> statuses = new TreeMap<>();
        for (int i = 0; i < corpus.size(); i++) {
            HostileCase c = corpus.get(i);
            // both response types: application/json answers request errors with 200, the other with 400
            String accept = i % 2 == 0 ? JSON : GRAPHQL_RESPONSE;
            try {
                HttpResponse<byte[]> response = send(c.method(), c.queryString(), c.contentType(), accept, c.body(), c.authorization());
                statuses.merge(response.statusCode(), 1, Integer::sum);
                String problem = judge(c, response);
                if (problem != null) {
                    failures.add("[" + c.category() + "] " + c.name() + " (Accept " + accept + "): " + problem);
                }
            } catch (IOException | RuntimeException e) {
                failures.add("[" + c.category() + "] " + c.name() + ": no response (" + e + ")");
            }
            String down = stillAnswers();
            if (down != null) {
                failures.add("[" + c.category() + "] " + c.name() + ": the server no longer answers: " + down);
                break;
            }
        }

        Map<String, String> after = TableDigests.of(dataSource);
        assertEquals(before.keySet(), after.keySet(), "the set of tables changed");
        List<String> changed = before.keySet().stream().filter(t -> !before.get(t).equals(after.get(t))).toList();
        LOG.infof("hostile corpus: %d requests (%d refusals, %d answered), %d tables unchanged; HTTP statuses %s", corpus.size(),
                refusals, corpus.size() - refusals, before.size() - changed.size(), statuses);

        assertTrue(failures.isEmpty(), () -> failures.size() + " of " + corpus.size() + " hostile requests were mishandled:\n"
                + String.join("\n", failures));
        assertTrue(changed.isEmpty(), () -> "tables changed by refused requests: " + changed);
        assertTrue(corpus.size() >= 150, "the corpus must hold at least 150 requests");
        assertEquals(200, HTTP.send(HttpRequest.newBuilder(endpoint.resolve("/q/health/ready")).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode(), "readiness after the corpus");
    }

    /**
     * Values that are hostile but valid: stored through mutations, they must come back exactly as
     * sent, be found by search as text, and change nothing else (the payloads are never executed).
     */
    @Test
    @Order(2)
    void hostileValuesAreStoredAndReadBackVerbatim() {
        List<String> values = new ArrayList<>(HostileCorpus.payloadList());
        values.addAll(List.of("tab\there, new line\nand CRLF\r\n", "escape \u001b[31mred\u001b[0m, bell \u0007, delete \u007f",
                "right-to-left \u202egnirts\u202c, zero\u200bwidth", "dove \ud83d\udd4a\ufe0f, double-struck \ud835\udd38",
                "quotes ' \" ` backslash \\ 100% under_score"));
        String source = Fixtures.source(Fixtures.unique("Hostile source"));
        for (int i = 0; i < values.size(); i++) {
            String v = values.get(i);
            String word = "zq" + UUID.randomUUID().toString().substring(0, 8); // a word nothing else holds
            String text = v + " " + word;

            String actor = data("mutation($in: CreateActorInput!) { createActor(input: $in) { actor { id } } }", "in", Fixtures.map(
                    "kind", "STATE", "name", text, "description", v, "names", List.of(Fixtures.map("kind", "ALIAS", "value", v)),
                    "externalIds", List.of(Fixtures.map("scheme", "HOSTILE", "value", text)))).getString("createActor.actor.id");
            JsonPath a = data("query($id: ID!) { actor(id: $id) { name description names { value } externalIds { value } } }", "id", actor)
                    .setRootPath("data.actor");
            assertEquals(text, a.getString("name"), "actor name");
            assertEquals(v, a.getString("description"), "actor description");
            assertEquals(List.of(v), a.getList("names.value"), "actor names");
            assertEquals(List.of(text), a.getList("externalIds.value"), "actor external ids");

            String event = data("mutation($in: CreateEventInput!) { createEvent(input: $in) { event { id } } }", "in", Fixtures.map(
                    "kind", "MEETING", "status", "HELD", "title", text, "summary", v, "start", "2024-05-02",
                    "magnitude", Fixtures.map("amount", 1, "unit", v, "qualifier", "EXACT"))).getString("createEvent.event.id");
            JsonPath e = data("query($id: ID!) { event(id: $id) { title summary magnitude { unit } } }", "id", event).setRootPath("data.event");
            assertEquals(text, e.getString("title"), "event title");
            assertEquals(v, e.getString("summary"), "event summary");
            assertEquals(v, e.getString("magnitude.unit"), "event magnitude unit");

            String statement = data("mutation($in: CreateStatementInput!) { createStatement(input: $in) { statement { id } } }", "in",
                    Fixtures.map("kind", "CLAIM", "date", "2024-05-02", "summary", text, "quotes", List.of(Fixtures.map("text", v)),
                            "authors", List.of(actor))).getString("createStatement.statement.id");
            JsonPath st = data("query($id: ID!) { statement(id: $id) { summary quotes { text } } }", "id", statement).setRootPath("data.statement");
            assertEquals(text, st.getString("summary"), "statement summary");
            assertEquals(List.of(v), st.getList("quotes.text"), "statement quotes");

            String commitment = data("mutation($in: CreateCommitmentInput!) { createCommitment(input: $in) { commitment { id } } }", "in",
                    Fixtures.map("kind", "OTHER", "description", text, "obligors", List.of(actor),
                            "quantity", Fixtures.map("amount", 2, "unit", v, "qualifier", "ABOUT"))).getString("createCommitment.commitment.id");
            data("mutation($in: RecordCommitmentStatusInput!) { recordCommitmentStatus(input: $in) { commitment { id } } }", "in",
                    Fixtures.map("commitment", commitment, "status", "IN_PROGRESS", "date", "2024-06", "expectedVersion", 0, "note", v,
                            "citations", List.of(Fixtures.map("source", source, "excerpt", v, "locator", v))));
            JsonPath co = data("query($id: ID!) { commitment(id: $id) { description quantity { unit } history { note } } }", "id", commitment)
                    .setRootPath("data.commitment");
            assertEquals(text, co.getString("description"), "commitment description");
            assertEquals(v, co.getString("quantity.unit"), "commitment quantity unit");
            assertEquals(List.of(v), co.getList("history.note"), "status change note");

            String citation = Fixtures.cite(event, source, v);
            JsonPath ci = data("query($id: ID!) { node(id: $id) { ... on Citation { excerpt } } }", "id", citation).setRootPath("data.node");
            assertEquals(v, ci.getString("excerpt"), "citation excerpt");

            String process = data("mutation($in: CreateProcessInput!) { createProcess(input: $in) { process { id } } }", "in",
                    Fixtures.map("name", text, "description", v)).getString("createProcess.process.id");
            JsonPath pr = data("query($id: ID!) { process(id: $id) { name description } }", "id", process).setRootPath("data.process");
            assertEquals(text, pr.getString("name"), "process name");
            assertEquals(v, pr.getString("description"), "process description");

            String src = data("mutation($in: CreateSourceInput!) { createSource(input: $in) { source { id } } }", "in",
                    Fixtures.map("publisher", v, "title", text)).getString("createSource.source.id");
            JsonPath so = data("query($id: ID!) { node(id: $id) { ... on Source { publisher title } } }", "id", src).setRootPath("data.node");
            assertEquals(v, so.getString("publisher"), "source publisher");
            assertEquals(text, so.getString("title"), "source title");

            String place = Fixtures.place(text);
            JsonPath pl = data("query($id: ID!) { node(id: $id) { ... on Place { name } } }", "id", place).setRootPath("data.node");
            assertEquals(text, pl.getString("name"), "place name");

            // found as text, by the added word and by the whole value
            JsonPath found = data("query($t: String!) { search(text: $t) { totalCount nodes { ... on Actor { id } ... on Event { id }"
                    + " ... on Statement { id } ... on Commitment { id } ... on Place { id } } } }", "t", word);
            assertEquals(5, found.getInt("search.totalCount"), () -> "search for " + word + " of " + JsonText.str(v));
            assertEquals(Set.of(actor, event, statement, commitment, place), Set.copyOf(found.getList("search.nodes.id")));
            JsonPath whole = data("query($t: String!) { search(text: $t) { nodes { ... on Actor { id } } } }", "t", text);
            assertTrue(whole.getList("search.nodes.id").contains(actor), () -> "search for the whole value " + JsonText.str(text));
            assertEquals(List.of(actor), data("query($n: String!) { resolveActors(name: $n) { id } }", "n", text)
                    .getList("resolveActors.id"), () -> "resolveActors " + JsonText.str(text));
            assertTrue(data("query($n: String) { actors(filter: {name: $n}, first: 100) { nodes { id } } }", "n", v)
                    .getList("actors.nodes.id").contains(actor), () -> "actors(filter: {name:}) " + JsonText.str(v));
        }
        LOG.infof("hostile values stored and read back verbatim: %d values, each in every stored text field", values.size());
    }

    /** Why the response to {@code c} is wrong, or null when it is right. */
    private static String judge(HostileCase c, HttpResponse<byte[]> response) {
        int status = response.statusCode();
        String body = new String(response.body(), StandardCharsets.UTF_8);
        String leak = leak(c, body);
        if (leak != null) {
            return "status " + status + ", the body leaks " + JsonText.str(leak) + ": " + abbreviate(body);
        }
        if (c.refusal()) {
            if (!(status >= 400 && status < 500) && status != 200) {
                return "status " + status + ", expected a 4xx or a 200 with errors: " + abbreviate(body);
            }
            if (body.isEmpty()) {
                return status == 200 ? "an empty 200" : null; // a bare 4xx from the HTTP server itself is still a refusal
            }
            JsonPath json;
            try {
                json = new JsonPath(body);
            } catch (RuntimeException e) {
                return "status " + status + ", the body is not JSON: " + abbreviate(body);
            }
            List<Map<String, Object>> errors = json.getList("errors");
            if (errors == null || errors.isEmpty()) {
                return "status " + status + ", no errors: " + abbreviate(body);
            }
            for (Map<String, Object> e : errors) {
                Object code = e.get("extensions") instanceof Map<?, ?> ext ? ext.get("code") : null;
                if (!CLIENT_CODES.contains(code) || !c.codes().contains(code)) {
                    return "status " + status + ", error code " + code + " where " + c.codes() + " was expected: " + abbreviate(body);
                }
                if (!(e.get("message") instanceof String m) || m.isBlank()) {
                    return "an error without a message: " + abbreviate(body);
                }
            }
            return null;
        }
        if (status != 200) {
            return "status " + status + ", expected an answer: " + abbreviate(body);
        }
        JsonPath json = new JsonPath(body);
        if (json.get("errors") != null) {
            return "errors where an answer was expected: " + abbreviate(body);
        }
        return c.answer().test().test(json) ? null : "the answer fails \"" + c.answer().description() + "\": " + abbreviate(body);
    }

    /** The first leak marker in the body that the request did not itself contain, or null. */
    static String leak(HostileCase c, String body) {
        String request = c.requestText();
        for (Pattern marker : LEAKS) {
            Matcher m = marker.matcher(body);
            if (m.find() && !marker.matcher(request).find()) {
                return m.group();
            }
        }
        return null;
    }

    /**
     * Null when the server still answers a query, else what went wrong. A second try covers a pooled
     * connection that the server closed after refusing the previous request (e.g. a 414).
     */
    private String stillAnswers() throws InterruptedException {
        String problem = null;
        for (int attempt = 0; attempt < 2; attempt++) {
            try {
                HttpResponse<byte[]> r = send("POST", null, JSON, JSON, "{\"query\": \"{ __typename }\"}".getBytes(StandardCharsets.UTF_8), "");
                String body = new String(r.body(), StandardCharsets.UTF_8);
                return r.statusCode() == 200 && body.contains("\"__typename\":\"Query\"") ? null : r.statusCode() + " " + abbreviate(body);
            } catch (IOException e) {
                problem = e.toString();
            }
        }
        return problem;
    }

    private static String abbreviate(String s) {
        return s.length() <= 600 ? s : s.substring(0, 600) + "... (" + s.length() + " characters)";
    }

    private static long bodyLimit() {
        return ConfigProvider.getConfig().getOptionalValue("quarkus.http.limits.max-body-size", MemorySize.class)
                .map(MemorySize::asLongValue).orElse(10240L * 1024);
    }

    /** One id of each type from the seed data (read-only). */
    private static HostileCorpus.Ids seedIds() {
        JsonPath d = data("""
                { actors(first: 1) { nodes { id version } } events(first: 50) { nodes { id place { id } } }
                  statements(first: 1) { nodes { id } } commitments(first: 1) { nodes { id } } sources(first: 1) { nodes { id } }
                  processes(first: 1) { nodes { id } } }""");
        List<String> places = d.<String>getList("events.nodes.place.id").stream().filter(Objects::nonNull).toList();
        return new HostileCorpus.Ids(d.getString("actors.nodes[0].id"), d.getInt("actors.nodes[0].version"),
                d.getString("events.nodes[0].id"), d.getString("statements.nodes[0].id"), d.getString("commitments.nodes[0].id"),
                d.getString("sources.nodes[0].id"), d.getString("processes.nodes[0].id"), places.get(0));
    }
}
