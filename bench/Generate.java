import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Writes synthetic dossiers for the benchmarks: {@code java bench/Generate.java S|M|L OUTDIR [SEED]}.
 *
 * <p>Deterministic: the same scale and seed give byte-identical files (java.util.Random's sequence
 * is fixed by its specification). The fan-out is meant to look like real reporting:
 * a fixed world of states, mediators, people and places (the world does not grow with the data),
 * processes that each run for years, meetings with two or three parties and one to three of the
 * process's mediators, two to four commitments per meeting or signing, statements with authors,
 * quotes and reactions, commitment histories, and a citation on every fact. So at scale L a
 * mediator has thousands of meetings and a process thousands of timeline entries: what has to
 * stay fast is paging through them, not a world that is simply wider.
 *
 * <p>Output: {@code 000-world.json} (sources, actors, affiliations, places, processes), then one
 * dossier per {@link #EVENTS_PER_CHUNK} events ({@code 001.json}, ...) that links to the world by
 * key. Each chunk holds about 1,700 top-level records (about 11,000 stored rows with participants,
 * citations, parties and histories), well under a per-dossier limit of 5,000 records.
 */
public class Generate {

    static final int EVENTS_PER_CHUNK = 500;
    static final int STATES = 60;
    static final int MEDIATORS = 25;
    static final int PEOPLE = 240;
    static final int PLACES = 80;
    static final int WORLD_SOURCES = 10;

    static final String[] SYLLABLES = {"var", "os", "tre", "lia", "mon", "dor", "ka", "zen", "ri", "an", "bel", "gor",
        "ista", "nia", "sar", "tu", "vel", "ama", "kor", "lun"};
    static final String[] GIVEN = {"Anna", "Boris", "Carla", "Davit", "Elif", "Farid", "Greta", "Hamid", "Irina", "Jonas",
        "Karen", "Leila", "Marco", "Nino", "Omar", "Petra", "Rustam", "Sofia", "Tigran", "Vera"};
    static final String[] TOPICS = {"prisoner exchange", "border delimitation", "ceasefire monitoring", "transit corridor",
        "humanitarian access", "mine clearance", "refugee return", "water sharing", "troop withdrawal", "peace treaty",
        "trade normalisation", "missing persons", "energy cooperation", "confidence building", "demilitarised zone"};
    static final String[] VERBS = {"agree on", "discuss", "review", "resume talks on", "sign a protocol on", "dispute"};
    static final String[] PUBLISHERS = {"Reuters", "AFP", "AP", "BBC", "Al Jazeera", "Deutsche Welle", "TASS",
        "Anadolu", "Xinhua", "Kyodo", "EFE", "ANSA", "France 24", "RFE/RL", "The Guardian"};

    record Scale(String name, int events, int processes) {
    }

    record Process(int index, String key, List<Integer> parties, List<Integer> mediators, int startYear, int years) {
    }

    final Random rnd;
    final Scale scale;
    final List<Process> processes = new ArrayList<>();

    Generate(Scale scale, long seed) {
        this.scale = scale;
        this.rnd = new Random(seed);
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: java bench/Generate.java S|M|L OUTDIR [SEED]");
            System.exit(2);
        }
        Scale scale = switch (args[0]) {
            case "S" -> new Scale("S", 1_000, 10);
            case "M" -> new Scale("M", 10_000, 30);
            case "L" -> new Scale("L", 100_000, 100);
            default -> throw new IllegalArgumentException("scale must be S, M or L: " + args[0]);
        };
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 20261127L;
        Path out = Path.of(args[1]);
        Files.createDirectories(out);
        new Generate(scale, seed).write(out);
    }

    void write(Path out) {
        write(out.resolve("000-world.json"), world());
        int chunks = (scale.events + EVENTS_PER_CHUNK - 1) / EVENTS_PER_CHUNK;
        for (int c = 1; c <= chunks; c++) {
            int events = Math.min(EVENTS_PER_CHUNK, scale.events - (c - 1) * EVENTS_PER_CHUNK);
            write(out.resolve(String.format(Locale.ROOT, "%03d.json", c)), chunk(c, events));
        }
        System.out.printf(Locale.ROOT, "scale %s: %d events in %d dossiers under %s%n", scale.name, scale.events, chunks + 1, out);
    }

    // ---- the world: what every chunk links to ----------------------------------------------------

    static String state(int i) {
        return "actor.state-" + i;
    }

    static String mediator(int i) {
        return "actor.mediator-" + i;
    }

    static String person(int i) {
        return "actor.person-" + i;
    }

    String countryName(int i) {
        Random r = new Random(i * 7919L + 17);
        String n = SYLLABLES[r.nextInt(SYLLABLES.length)] + SYLLABLES[r.nextInt(SYLLABLES.length)] + SYLLABLES[(i + r.nextInt(3)) % SYLLABLES.length];
        return Character.toUpperCase(n.charAt(0)) + n.substring(1) + " " + i;
    }

    Map<String, Object> world() {
        Map<String, Object> d = dossier("bench-" + scale.name.toLowerCase(Locale.ROOT) + "-world", "Synthetic world for the benchmarks");
        List<Object> sources = new ArrayList<>();
        for (int i = 0; i < WORLD_SOURCES; i++) {
            sources.add(source("source.world-" + i, "https://bench.example/world/" + i, 1990 + i));
        }
        d.put("sources", sources);
        List<Object> actors = new ArrayList<>();
        for (int i = 0; i < STATES; i++) {
            Map<String, Object> a = record(state(i));
            a.put("kind", "STATE");
            a.put("name", countryName(i));
            a.put("countryCode", code(i));
            a.put("names", List.of(map("value", "Republic of " + countryName(i), "kind", "OFFICIAL"),
                    map("value", "Capital of " + countryName(i), "kind", "METONYM")));
            a.put("externalIds", List.of(map("scheme", "BENCH", "value", "S" + i)));
            a.put("citations", citations("source.world-", WORLD_SOURCES, 1, "Named in the world register."));
            actors.add(a);
        }
        for (int i = 0; i < MEDIATORS; i++) {
            Map<String, Object> a = record(mediator(i));
            a.put("kind", i % 3 == 0 ? "STATE" : "INTERGOVERNMENTAL_ORGANIZATION");
            a.put("name", "Mediator " + countryName(100 + i));
            a.put("names", List.of(map("value", "M" + i + "G", "kind", "SHORT")));
            a.put("citations", citations("source.world-", WORLD_SOURCES, 1, "Acts as a mediator."));
            actors.add(a);
        }
        for (int i = 0; i < PEOPLE; i++) {
            Map<String, Object> a = record(person(i));
            a.put("kind", "PERSON");
            a.put("name", GIVEN[i % GIVEN.length] + " " + countryName(200 + i).split(" ")[0] + "yan " + i);
            a.put("citations", citations("source.world-", WORLD_SOURCES, 1, "A negotiator."));
            actors.add(a);
        }
        d.put("actors", actors);
        List<Object> affiliations = new ArrayList<>();
        for (int i = 0; i < PEOPLE; i++) {
            Map<String, Object> a = record("affiliation.person-" + i);
            a.put("actor", person(i));
            a.put("organization", i % 5 == 0 ? mediator(i % MEDIATORS) : state(i % STATES));
            a.put("position", i % 2 == 0 ? "Foreign Minister" : "Special Envoy");
            a.put("start", String.valueOf(1990 + rnd.nextInt(30)));
            a.put("citations", citations("source.world-", WORLD_SOURCES, 1, "Appointed."));
            affiliations.add(a);
        }
        d.put("affiliations", affiliations);
        List<Object> places = new ArrayList<>();
        for (int i = 0; i < PLACES; i++) {
            Map<String, Object> p = record("place." + i);
            p.put("name", "City of " + countryName(400 + i).split(" ")[0]);
            p.put("kind", "CITY");
            p.put("countryCode", code(i % STATES));
            p.put("latitude", -60 + rnd.nextInt(120_000) / 1000.0);
            p.put("longitude", -180 + rnd.nextInt(360_000) / 1000.0);
            places.add(p);
        }
        d.put("places", places);
        List<Object> ps = new ArrayList<>();
        for (int i = 0; i < scale.processes; i++) {
            List<Integer> parties = distinct(2 + (rnd.nextInt(4) == 0 ? 1 : 0), STATES);
            List<Integer> mediators = distinct(3 + rnd.nextInt(3), MEDIATORS);
            int start = 1990 + rnd.nextInt(25);
            Process process = new Process(i, "process." + i, parties, mediators, start, 5 + rnd.nextInt(10));
            processes.add(process);
            Map<String, Object> p = record(process.key);
            p.put("name", countryName(parties.get(0)) + "–" + countryName(parties.get(1)) + " process " + i);
            p.put("description", "Talks between " + countryName(parties.get(0)) + " and " + countryName(parties.get(1)) + " on "
                    + pick(TOPICS) + " and " + pick(TOPICS) + ".");
            p.put("citations", citations("source.world-", WORLD_SOURCES, 1, "The process began."));
            ps.add(p);
        }
        d.put("processes", ps);
        return d;
    }

    // ---- a chunk of events, with their statements and commitments ---------------------------------

    Map<String, Object> chunk(int c, int eventCount) {
        Map<String, Object> d = dossier("bench-" + scale.name.toLowerCase(Locale.ROOT) + "-" + c, "Synthetic reporting, part " + c);
        String prefix = "c" + c + ".";
        int sourceCount = Math.max(1, eventCount / 5);
        List<Object> sources = new ArrayList<>();
        for (int i = 0; i < sourceCount; i++) {
            sources.add(source(prefix + "source." + i, "https://bench.example/" + c + "/" + i, 1990 + rnd.nextInt(35)));
        }
        d.put("sources", sources);
        String src = prefix + "source.";
        List<Object> events = new ArrayList<>();
        List<Object> statements = new ArrayList<>();
        List<Object> commitments = new ArrayList<>();
        List<String> eventKeys = new ArrayList<>();
        List<String> statementKeys = new ArrayList<>();
        List<String> commitmentKeys = new ArrayList<>();
        for (int e = 0; e < eventCount; e++) {
            Process p = processes.get(skewed(processes.size()));
            int year = p.startYear + rnd.nextInt(p.years);
            int month = 1 + rnd.nextInt(12);
            int day = 1 + rnd.nextInt(28);
            String kind = eventKind();
            boolean future = year >= 2026;
            String key = prefix + "event." + e;
            Map<String, Object> ev = record(key);
            ev.put("kind", kind);
            ev.put("status", future ? "SCHEDULED" : (rnd.nextInt(20) == 0 ? "CANCELLED" : "HELD"));
            String topic = pick(TOPICS);
            ev.put("title", title(kind, p, topic));
            ev.put("summary", "Delegations of " + countryName(p.parties.get(0)) + " and " + countryName(p.parties.get(1)) + " "
                    + pick(VERBS) + " " + topic + ", with " + pick(TOPICS) + " on the agenda.");
            int precision = rnd.nextInt(20);
            ev.put("start", precision == 0 ? String.valueOf(year) : precision < 4 ? ym(year, month) : ymd(year, month, day));
            if (precision >= 4 && rnd.nextInt(4) == 0) {
                ev.put("end", ymd(year, month, Math.min(28, day + 1 + rnd.nextInt(3))));
            }
            ev.put("place", "place." + rnd.nextInt(PLACES));
            ev.put("process", p.key);
            List<Object> participants = new ArrayList<>();
            for (int party : p.parties) {
                participants.add(map("actor", state(party), "role", "PARTY", "attendance", "ATTENDED"));
            }
            if (kind.equals("MEETING") || kind.equals("AGREEMENT_SIGNING")) {
                List<Integer> chosen = new ArrayList<>(p.mediators);
                java.util.Collections.shuffle(chosen, rnd);
                for (int m : chosen.subList(0, 1 + rnd.nextInt(Math.min(3, chosen.size())))) {
                    participants.add(map("actor", mediator(m), "role", "MEDIATOR", "attendance", rnd.nextInt(10) == 0 ? "DECLINED" : "ATTENDED"));
                }
            }
            if (rnd.nextInt(3) == 0) {
                participants.add(map("actor", person(rnd.nextInt(PEOPLE)), "role", "WITNESS", "attendance", "ATTENDED"));
            }
            ev.put("participants", participants);
            if (e > 0 && rnd.nextInt(20) == 0) {
                ev.put("relations", List.of(map("kind", "FOLLOWED", "event", eventKeys.get(rnd.nextInt(eventKeys.size())))));
            }
            ev.put("citations", citations(src, sourceCount, 1 + rnd.nextInt(2), "Reported: " + ev.get("title") + "."));
            events.add(ev);
            eventKeys.add(key);

            String date = (String) ev.get("start");
            String statementKey = null;
            if (rnd.nextInt(10) < 6) {
                statementKey = prefix + "statement." + statementKeys.size();
                Map<String, Object> st = record(statementKey);
                st.put("kind", pick(new String[] {"JOINT_STATEMENT", "DECLARATION", "REACTION", "CLAIM", "APPEAL", "PRESS_RELEASE"}));
                st.put("summary", countryName(p.parties.get(rnd.nextInt(p.parties.size()))) + " comments on " + topic + ".");
                st.put("date", date);
                st.put("authors", List.of(state(p.parties.get(0))));
                int speaker = rnd.nextInt(PEOPLE);
                st.put("quotes", List.of(map("text", "We remain committed to " + topic + " and to " + pick(TOPICS) + ".", "speaker", person(speaker))));
                if (rnd.nextBoolean()) {
                    st.put("event", key);
                }
                st.put("process", p.key);
                if (!statementKeys.isEmpty() && rnd.nextInt(5) == 0) {
                    st.put("respondsTo", statementKeys.get(rnd.nextInt(statementKeys.size())));
                }
                st.put("citations", citations(src, sourceCount, 1 + rnd.nextInt(2), "Statement on " + topic + "."));
                statements.add(st);
                statementKeys.add(statementKey);
            }

            if (kind.equals("MEETING") || kind.equals("AGREEMENT_SIGNING") || kind.equals("CEASEFIRE")) {
                int n = 2 + rnd.nextInt(3);
                for (int k = 0; k < n; k++) {
                    String ck = prefix + "commitment." + commitmentKeys.size();
                    Map<String, Object> cm = record(ck);
                    String ckind = pick(new String[] {"PEACE_TREATY", "NORMALISATION", "PRISONER_RELEASE", "WITHDRAWAL",
                        "CONFIDENCE_BUILDING", "CONNECTIVITY", "SECURITY", "ECONOMIC", "HUMANITARIAN"});
                    cm.put("kind", ckind);
                    cm.put("description", countryName(p.parties.get(k % p.parties.size())) + " undertakes to advance " + pick(TOPICS)
                            + " (" + topic + " track, item " + (k + 1) + ").");
                    int obligor = p.parties.get(k % p.parties.size());
                    int beneficiary = p.parties.get((k + 1) % p.parties.size());
                    cm.put("obligors", rnd.nextInt(3) == 0 ? List.of(state(p.parties.get(0)), state(p.parties.get(1))) : List.of(state(obligor)));
                    cm.put("beneficiaries", List.of(state(beneficiary)));
                    if (ckind.equals("PRISONER_RELEASE")) {
                        cm.put("quantity", map("amount", 5 + rnd.nextInt(200), "unit", "prisoners", "qualifier", "ABOUT"));
                    }
                    if (rnd.nextInt(10) < 7) {
                        int dy = year + rnd.nextInt(3);
                        cm.put("deadline", rnd.nextBoolean() ? String.valueOf(dy) : ym(dy, 1 + rnd.nextInt(12)));
                    }
                    cm.put("madeAt", key);
                    if (statementKey != null && rnd.nextBoolean()) {
                        cm.put("statement", statementKey);
                    }
                    cm.put("process", p.key);
                    String[] path = history();
                    cm.put("status", path.length == 0 ? "ANNOUNCED" : path[path.length - 1]);
                    List<Object> history = new ArrayList<>();
                    for (int h = 0; h < path.length; h++) {
                        history.add(map("status", path[h], "date", ymd(Math.min(2026, year + h + 1), 1 + rnd.nextInt(12), 1 + rnd.nextInt(28)),
                                "note", "Reported as " + path[h].toLowerCase(Locale.ROOT).replace('_', ' ') + ".",
                                "citations", citations(src, sourceCount, 1, "Status update.")));
                    }
                    if (!history.isEmpty()) {
                        cm.put("history", history);
                    }
                    if (k == 1 && rnd.nextInt(4) == 0) {
                        cm.put("reciprocalTo", List.of(commitmentKeys.get(commitmentKeys.size() - 1)));
                    }
                    cm.put("citations", citations(src, sourceCount, 1 + rnd.nextInt(2), "Undertaking on " + topic + "."));
                    commitments.add(cm);
                    commitmentKeys.add(ck);
                }
            }
        }
        d.put("events", events);
        d.put("statements", statements);
        d.put("commitments", commitments);
        return d;
    }

    /** Status histories as sources report them: most promises are only announced, some move on. */
    String[] history() {
        int r = rnd.nextInt(20);
        if (r < 9) {
            return new String[0];
        }
        if (r < 12) {
            return new String[] {"IN_PROGRESS"};
        }
        if (r < 15) {
            return new String[] {"IN_PROGRESS", "FULFILLED"};
        }
        if (r < 17) {
            return new String[] {"STALLED"};
        }
        if (r < 19) {
            return new String[] {"IN_PROGRESS", "PARTIALLY_FULFILLED"};
        }
        return new String[] {"BROKEN"};
    }

    String eventKind() {
        int r = rnd.nextInt(100);
        if (r < 50) {
            return "MEETING";
        }
        if (r < 60) {
            return "AGREEMENT_SIGNING";
        }
        if (r < 68) {
            return "PRISONER_RELEASE";
        }
        if (r < 78) {
            return "MILITARY_OPERATION";
        }
        if (r < 85) {
            return "CEASEFIRE";
        }
        if (r < 95) {
            return "DIPLOMATIC_ACTION";
        }
        return "OTHER";
    }

    String title(String kind, Process p, String topic) {
        String a = countryName(p.parties.get(0));
        String b = countryName(p.parties.get(1));
        return switch (kind) {
            case "MEETING" -> "Talks between " + a + " and " + b + " on " + topic;
            case "AGREEMENT_SIGNING" -> a + " and " + b + " sign an agreement on " + topic;
            case "PRISONER_RELEASE" -> a + " releases prisoners held by " + b;
            case "MILITARY_OPERATION" -> "Clashes on the " + a + "–" + b + " line of contact";
            case "CEASEFIRE" -> "Ceasefire declared between " + a + " and " + b;
            case "DIPLOMATIC_ACTION" -> a + " recalls its envoy over " + topic;
            default -> "Incident involving " + a + " and " + b;
        };
    }

    // ---- helpers ----------------------------------------------------------------------------------

    /** A few processes get most of the reporting, as in the news: index drawn with a square bias. */
    int skewed(int n) {
        double x = rnd.nextDouble();
        return Math.min(n - 1, (int) (x * x * n));
    }

    List<Integer> distinct(int count, int bound) {
        List<Integer> result = new ArrayList<>();
        while (result.size() < count) {
            int i = rnd.nextInt(bound);
            if (!result.contains(i)) {
                result.add(i);
            }
        }
        return result;
    }

    List<Object> citations(String prefix, int sources, int count, String excerpt) {
        List<Object> list = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            list.add(map("source", prefix + rnd.nextInt(sources), "excerpt", excerpt, "locator", "paragraph " + (1 + rnd.nextInt(12))));
        }
        return list;
    }

    Map<String, Object> source(String key, String url, int year) {
        Map<String, Object> s = record(key);
        s.put("publisher", pick(PUBLISHERS));
        s.put("title", "Report " + key);
        s.put("url", url);
        s.put("published", ymd(year, 1 + rnd.nextInt(12), 1 + rnd.nextInt(28)));
        s.put("language", "en");
        return s;
    }

    static String code(int i) {
        return "" + (char) ('A' + i / 26 % 26) + (char) ('A' + i % 26) + "X";
    }

    String pick(String[] values) {
        return values[rnd.nextInt(values.length)];
    }

    static String ym(int y, int m) {
        return String.format(Locale.ROOT, "%04d-%02d", y, m);
    }

    static String ymd(int y, int m, int d) {
        return String.format(Locale.ROOT, "%04d-%02d-%02d", y, m, d);
    }

    static Map<String, Object> dossier(String key, String title) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("dossier", key);
        d.put("title", title);
        return d;
    }

    static Map<String, Object> record(String key) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("key", key);
        return r;
    }

    static Map<String, Object> map(Object... pairs) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put((String) pairs[i], pairs[i + 1]);
        }
        return m;
    }

    static void write(Path file, Object value) {
        StringBuilder sb = new StringBuilder();
        json(sb, value);
        try {
            Files.writeString(file, sb.append('\n'));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void json(StringBuilder sb, Object v) {
        if (v instanceof Map<?, ?> m) {
            sb.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : m.entrySet()) {
                sb.append(first ? "" : ",");
                first = false;
                string(sb, (String) e.getKey());
                sb.append(':');
                json(sb, e.getValue());
            }
            sb.append('}');
        } else if (v instanceof List<?> l) {
            sb.append('[');
            for (int i = 0; i < l.size(); i++) {
                sb.append(i == 0 ? "" : ",");
                json(sb, l.get(i));
            }
            sb.append(']');
        } else if (v instanceof String s) {
            string(sb, s);
        } else {
            sb.append(v);
        }
    }

    static void string(StringBuilder sb, String s) {
        sb.append('"');
        for (char ch : s.toCharArray()) {
            switch (ch) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                default -> {
                    if (ch < 0x20) {
                        sb.append(String.format(Locale.ROOT, "\\u%04x", (int) ch));
                    } else {
                        sb.append(ch);
                    }
                }
            }
        }
        sb.append('"');
    }
}
