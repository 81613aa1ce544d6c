import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The benchmark's client side, besides wrk. Every request goes through {@link #post}, which adds
 * {@code Authorization: Bearer $ACCORD_TOKEN} when that variable is set (mutations need an editor
 * token once security is on).
 *
 * <ul>
 * <li>{@code java bench/Load.java import URL DIR}: imports every {@code *.json} dossier of DIR in
 *     name order through the importDossier mutation, one request each, and prints the records
 *     created, the wall time and records/s (time seen by the client, HTTP included).</li>
 * <li>{@code java bench/Load.java bodies URL OUTDIR}: looks up ids of the loaded data and writes
 *     one request body file per benchmarked query ({@code NAME.jsonl}, one JSON body per line,
 *     cycled by bench/post.lua); checks that each body answers without errors.</li>
 * <li>{@code java bench/Load.java floor-bodies URL OUTDIR}: the same for the floor app
 *     (bench/floor): its {@code baseline} and {@code two-level} bodies.</li>
 * </ul>
 */
public class Load {

    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    static final Pattern ID = Pattern.compile("\"id\":\"([^\"]+)\"");

    public static void main(String[] args) throws Exception {
        if (args.length != ("peer-bodies".equals(args.length > 0 ? args[0] : "") ? 4 : 3)) {
            System.err.println("usage: java bench/Load.java import URL DIR | bodies URL OUTDIR | floor-bodies URL OUTDIR"
                    + " | peer-bodies URL ACCORD_BODIES OUTDIR");
            System.exit(2);
        }
        switch (args[0]) {
            case "import" -> importAll(args[1], Path.of(args[2]));
            case "bodies" -> bodies(args[1], Path.of(args[2]));
            case "floor-bodies" -> floorBodies(args[1], Path.of(args[2]));
            case "peer-bodies" -> peerBodies(args[1], Path.of(args[2]), Path.of(args[3]));
            default -> throw new IllegalArgumentException(args[0]);
        }
    }

    // ---- import -----------------------------------------------------------------------------------

    static void importAll(String url, Path dir) throws Exception {
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        String mutation = "mutation Import($j: String!) { importDossier(input: {json: $j}) { dossier created linked } }";
        long records = 0;
        long bytes = 0;
        long start = System.nanoTime();
        for (Path f : files) {
            String dossier = Files.readString(f);
            bytes += dossier.length();
            long t = System.nanoTime();
            long cpu0 = serverCpuMs();
            String answer = post(url, body(mutation, "\"j\":" + quote(dossier)));
            if (answer.contains("\"errors\"")) {
                throw new IllegalStateException(f + ": " + answer.substring(0, Math.min(2000, answer.length())));
            }
            Matcher m = Pattern.compile("\"created\":(\\d+)").matcher(answer);
            if (!m.find()) {
                throw new IllegalStateException(f + ": " + answer);
            }
            int created = Integer.parseInt(m.group(1));
            records += created;
            System.err.printf(Locale.ROOT, "%s: %d records in %.2f s%s%n", f.getFileName(), created, (System.nanoTime() - t) / 1e9,
                    cpu0 < 0 ? "" : String.format(Locale.ROOT, ", server CPU %d ms", serverCpuMs() - cpu0));
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        // One machine-readable line for bench/run.sh.
        System.out.printf(Locale.ROOT, "import files=%d bytes=%d records=%d seconds=%.2f records_per_s=%.0f%n",
                files.size(), bytes, records, seconds, records / seconds);
    }

    /**
     * CPU time (user + system, all threads) of the server whose pid is in BENCH_SERVER_PID, in ms, or
     * -1 without it: the cost of one import whatever else runs on the machine (wall time is not).
     */
    static long serverCpuMs() throws IOException {
        String pid = System.getenv("BENCH_SERVER_PID");
        if (pid == null || pid.isEmpty()) {
            return -1;
        }
        String stat = Files.readString(Path.of("/proc", pid, "stat"));
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        // utime and stime, fields 14 and 15 of proc(5), in clock ticks of 10 ms (USER_HZ on Linux)
        return (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 10;
    }

    // ---- query bodies ------------------------------------------------------------------------------

    static final String TRAVERSAL = """
            query Traversal($id: ID!) { actor(id: $id) { name mediatedEvents(kind: MEETING, first: 10) { totalCount
              nodes { title start { edtf } commitments { description status deadline { edtf } obligors { name } } } } } }""";
    static final String EVENTS_BY_ACTOR = """
            query EventsByActor($a: ID!, $from: Date!, $to: Date!) { events(filter: {actor: $a, from: $from, to: $to}, first: 20) {
              totalCount nodes { title kind start { edtf } place { name } participants { role actor { name } } } } }""";
    static final String OVERDUE = """
            query Overdue($p: ID!, $asOf: Date!) { commitments(filter: {process: $p, overdueAsOf: $asOf}, first: 20) {
              totalCount nodes { description status deadline { edtf latest } obligors { name } madeAt { title } } } }""";
    static final String TIMELINE = """
            query Timeline($p: ID!) { process(id: $p) { name timeline(first: 20) { totalCount nodes { __typename
              ... on Event { title start { edtf } } ... on Statement { kind date { edtf } summary }
              ... on CommitmentStatusChange { status date { edtf } note } } } } }""";
    static final String SEARCH = """
            query Search($text: String!) { search(text: $text, first: 10) { totalCount nodes { __typename
              ... on Actor { name } ... on Event { title start { edtf } } ... on Statement { kind summary }
              ... on Commitment { description status } } } }""";
    /**
     * Accord's own overhead, read against the floor app's {@link #FLOOR_TWO_LEVEL}: 20 actors, each
     * with a page of its participations and their events, the same rows in the same order.
     */
    static final String TWO_LEVEL = """
            query TwoLevel { actors(first: 20) { nodes { name participations(first: 10) { nodes { role event { title } } } } } }""";
    /** {@link #TWO_LEVEL} in the floor app's schema (lists instead of connections). */
    static final String FLOOR_TWO_LEVEL = """
            query TwoLevel { actors(first: 20) { name participations(first: 10) { role event { title } } } }""";
    /**
     * {@link #TRAVERSAL} in PostGraphile's schema of the same tables: the mediator's participations
     * as MEDIATOR in MEETINGs in Accord's order (start, then event id), the commitments made at
     * each meeting and their obligors in the order they were recorded. bench/run.sh reads its
     * answer into Accord's shape and checks that both are identical.
     */
    static final String PEER_TRAVERSAL = """
            query Traversal($id: BigInt!) { actorByRowId(rowId: $id) { name participationsByActorId(condition: {role: "MEDIATOR", eventKind: "MEETING"},
              orderBy: [EVENT_START_EARLIEST_ASC, EVENT_ID_ASC], first: 10) { totalCount nodes { eventByEventId { title startEdtf
              commitmentsByMadeAtEventId(orderBy: ROW_ID_ASC) { nodes { description status deadlineEdtf
              commitmentPartiesByCommitmentId(condition: {side: "OBLIGOR"}, orderBy: ROW_ID_ASC) { nodes { actorByActorId { name } } } } } } } } } }""";
    /** No database work at all: the cost of HTTP, GraphQL and the JVM on this machine, to read the others against. */
    static final String BASELINE = "query Baseline { __typename }";
    static final String[] TOPICS = {"prisoner exchange", "border delimitation", "mine clearance", "water sharing",
        "troop withdrawal", "missing persons", "transit corridor", "refugee return"};

    static void bodies(String url, Path out) throws Exception {
        Files.createDirectories(out);
        List<String> mediators = ids(url, "{ actors(first: 100, filter: {name: \"Mediator\"}) { nodes { id } } }");
        List<String> states = ids(url, "{ actors(first: 100, filter: {name: \"Republic of\"}) { nodes { id } } }");
        List<String> processes = ids(url, "{ processes(first: 100) { nodes { id } } }");
        List<String> traversal = new ArrayList<>();
        List<String> byActor = new ArrayList<>();
        List<String> overdue = new ArrayList<>();
        List<String> timeline = new ArrayList<>();
        List<String> search = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            traversal.add(body(TRAVERSAL, "\"id\":" + quote(mediators.get(i % mediators.size()))));
            overdue.add(body(OVERDUE, "\"p\":" + quote(processes.get(i % processes.size())) + ",\"asOf\":\"2026-01-01\""));
            timeline.add(body(TIMELINE, "\"p\":" + quote(processes.get(i % processes.size()))));
        }
        byActor.addAll(recentRanges(url, states));
        for (String topic : TOPICS) {
            search.add(body(SEARCH, "\"text\":" + quote(topic)));
        }
        write(url, out.resolve("baseline.jsonl"), List.of(body(BASELINE, "")));
        write(url, out.resolve("traversal.jsonl"), traversal);
        write(url, out.resolve("events-by-actor.jsonl"), byActor);
        write(url, out.resolve("overdue.jsonl"), overdue);
        write(url, out.resolve("timeline.jsonl"), timeline);
        write(url, out.resolve("search.jsonl"), search);
        write(url, out.resolve("two-level.jsonl"), List.of(body(TWO_LEVEL, "")));
        System.out.println("bodies written to " + out);
    }

    static void floorBodies(String url, Path out) throws Exception {
        Files.createDirectories(out);
        write(url, out.resolve("baseline.jsonl"), List.of(body(BASELINE, "")));
        write(url, out.resolve("two-level.jsonl"), List.of(body(FLOOR_TWO_LEVEL, "")));
        System.out.println("floor bodies written to " + out);
    }

    /** The peer's bodies: baseline, and the traversal of the same mediators as Accord's bodies (global ids decoded to row ids). */
    static void peerBodies(String url, Path accordBodies, Path out) throws Exception {
        Files.createDirectories(out);
        Pattern id = Pattern.compile("\"id\":\"([^\"]+)\"");
        List<String> traversal = new ArrayList<>();
        for (String accord : Files.readAllLines(accordBodies.resolve("traversal.jsonl"))) {
            Matcher m = id.matcher(accord);
            if (!m.find()) {
                throw new IllegalStateException("no id in " + accord);
            }
            String global = new String(Base64.getUrlDecoder().decode(m.group(1)), StandardCharsets.UTF_8);
            traversal.add(body(PEER_TRAVERSAL, "\"id\":" + quote(global.substring(global.indexOf(':') + 1))));
        }
        write(url, out.resolve("baseline.jsonl"), List.of(body(BASELINE, "")));
        write(url, out.resolve("traversal.jsonl"), traversal);
        System.out.println("peer bodies written to " + out);
    }

    /**
     * Events-by-actor bodies that each ask for a full page: a state and the dates of its 30 most
     * recent events, so the answer is 20 events of at least 30 at every scale and only the data
     * behind it grows. (Fixed two-year ranges answered nothing at S: the scales spread their
     * events over different years.)
     */
    static List<String> recentRanges(String url, List<String> states) throws IOException, InterruptedException {
        List<String> bodies = new ArrayList<>();
        for (String state : states) {
            if (bodies.size() == 10) {
                break;
            }
            String answer = post(url, body(RECENT, "\"a\":" + quote(state)));
            Matcher m = EARLIEST.matcher(answer);
            List<String> days = new ArrayList<>();
            while (m.find()) {
                days.add(m.group(1));
            }
            if (days.size() == 30) {
                bodies.add(body(EVENTS_BY_ACTOR, "\"a\":" + quote(state) + ",\"from\":" + quote(days.get(0)) + ",\"to\":" + quote(days.get(29))));
            }
        }
        if (bodies.isEmpty()) {
            throw new IllegalStateException("no state has 30 events");
        }
        return bodies;
    }

    static final String RECENT = "query($a: ID!) { events(filter: {actor: $a}, last: 30) { nodes { start { earliest } } } }";
    static final Pattern EARLIEST = Pattern.compile("\"earliest\":\"([0-9-]+)\"");

    static void write(String url, Path file, List<String> bodies) throws IOException, InterruptedException {
        for (String b : bodies) {
            String answer = post(url, b);
            if (answer.contains("\"errors\"") || !answer.contains("\"data\"")) {
                throw new IllegalStateException(file.getFileName() + ": " + b + " -> " + answer);
            }
        }
        Files.write(file, bodies);
    }

    static List<String> ids(String url, String query) throws IOException, InterruptedException {
        String answer = post(url, body(query, ""));
        List<String> ids = new ArrayList<>();
        Matcher m = ID.matcher(answer);
        while (m.find()) {
            ids.add(m.group(1));
        }
        if (ids.isEmpty()) {
            throw new IllegalStateException(query + " found nothing: " + answer);
        }
        return ids;
    }

    // ---- HTTP and JSON -----------------------------------------------------------------------------

    /** The one place that sends requests (and so the one place that adds the token). */
    static String post(String url, String body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        String token = System.getenv("ACCORD_TOKEN");
        if (token != null && !token.isBlank()) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("HTTP " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    static String body(String query, String variables) {
        return "{\"query\":" + quote(query.replace('\n', ' ')) + ",\"variables\":{" + variables + "}}";
    }

    static String quote(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 16).append('"');
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (ch < 0x20) {
                        sb.append(String.format(Locale.ROOT, "\\u%04x", (int) ch));
                    } else {
                        sb.append(ch);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }
}
