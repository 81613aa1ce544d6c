package org.accord.graphql;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

import jakarta.persistence.Access;
import jakarta.persistence.AccessType;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Transient;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/**
 * A partial date in EDTF (the Library of Congress Extended Date/Time Format, standardised as
 * ISO 8601-2), stored and exchanged as its EDTF string.
 *
 * <h2>Supported subset</h2>
 * <ul>
 *   <li>Level 0 dates: {@code YYYY}, {@code YYYY-MM}, {@code YYYY-MM-DD}, years {@code 0000}-{@code 9999}
 *       (proleptic Gregorian calendar, so leap years follow {@link java.time.LocalDate}).</li>
 *   <li>Level 1 qualifiers as a suffix of a whole date: {@code ~} approximate, {@code ?} uncertain,
 *       {@code %} approximate and uncertain, e.g. {@code 2023-10~}, {@code 2023?}, {@code 2023-12-07%}.</li>
 *   <li>Intervals {@code A/B} where A and B are each such a date, qualifiers allowed on either end,
 *       e.g. {@code 2023-10-20/2023-10-31}, {@code 2023/2025-08}, {@code 2023~/2024?}.
 *       An interval whose start begins after its end finishes (start's earliest day after end's latest
 *       day) is invalid.</li>
 *   <li>Level 1 open and unknown interval ends, one end at most:
 *     <ul>
 *       <li>an unknown start, {@code /2023-12-08}: "by 2023-12-08", for what a source reports as
 *           already done without dating it;</li>
 *       <li>an open start, {@code ../2024}: "at any time up to 2024";</li>
 *       <li>an open end, {@code 2023-12/..}: "since December 2023 and still going on";</li>
 *       <li>an unknown end, {@code 2023-12/}: "since December 2023, ended at a date no source gives".</li>
 *     </ul>
 *     A start that is open or unknown has the earliest day 0001-01-01, an end that is open or
 *     unknown the latest day 9999-12-31, so that a date filter over any period that the known end
 *     allows still matches; the precision is that of the known end.</li>
 * </ul>
 * Everything else is rejected with an {@link InvalidPartialDateException}, among others: times,
 * an interval with no known end ({@code ../..}), seasons (21-24), unspecified digits
 * ({@code X}), long years ({@code Y}), exponents and significant digits, sets, qualifiers on single
 * components, negative years, and surrounding whitespace. The input is not normalised: the exact
 * string given is the value that is stored.
 *
 * <h2>earliest and latest</h2>
 * {@link #getEarliest()} is the first day the value can mean and {@link #getLatest()} the last:
 * {@code 2023} covers 2023-01-01 to 2023-12-31, {@code 2024-02} covers 2024-02-01 to 2024-02-29,
 * {@code 2023-12-07} is that single day, and an interval covers the earliest day of its start to the
 * latest day of its end. Both are persisted next to the EDTF string so that range queries can run in
 * the database.
 *
 * <h2>Why qualifiers do not widen the range</h2>
 * EDTF defines no width for "approximate" or "uncertain": {@code 2023~} says the year is about
 * 2023, not by how much it may be off. Any widening (one year? ten?) would be an invented rule, so
 * the qualifiers are only reported through {@link #isApproximate()} and {@link #isUncertain()} and
 * {@code earliest}/{@code latest} are those of the unqualified date. Callers who want a fuzzy search
 * can widen the bounds themselves.
 *
 * <h2>Persistence</h2>
 * As a JPA embeddable it maps three columns, {@code edtf}, {@code earliest} and {@code latest}
 * (entities rename them with {@code @AttributeOverride}, e.g. {@code start_edtf}). Precision and the
 * qualifier flags are derived from {@code edtf} on demand and cached in a transient field, because
 * JPA fills the persisted fields directly without going through {@link #parse(String)}.
 * Instances are immutable from the outside; the class has no reflection and no parser library so it
 * works unchanged in a GraalVM native image.
 */
@Embeddable
@Access(AccessType.FIELD)
@Type("PartialDate")
@Description("A date known to a day, a month or a year, possibly approximate or uncertain, or an interval of such dates, written in EDTF (ISO 8601-2), e.g. 2023-12-07, 2023-10~, 2023?, 2023-10-20/2023-10-31. One end of an interval may be open (`2023-12/..` still going on, `../2024` at any time up to 2024) or unknown (`2023-12/`, `/2023-12-08`); such an end reaches 0001-01-01 or 9999-12-31 in `earliest` and `latest`.")
public class PartialDate {

    private static final String NO_KNOWN_END = "an interval needs at least one known end";
    /** The marker of an open interval end, "still going on" or "at any time before". */
    private static final String OPEN = "..";
    /** earliest of an interval whose start is open or unknown ({@code ../2024}, {@code /2023-12-08}). */
    static final LocalDate UNKNOWN_START = LocalDate.of(1, 1, 1);
    /** latest of an interval whose end is open or unknown ({@code 2023-12/..}, {@code 2023-12/}). */
    static final LocalDate UNKNOWN_END = LocalDate.of(9999, 12, 31);
    private static final String UNSUPPORTED_EXTENSIONS =
            "seasons (21-24), unspecified digits (X) and long years (Y) are not supported";
    private static final String EXPECTED =
            "expected YYYY, YYYY-MM or YYYY-MM-DD, optionally followed by one of ~ ? %,"
                    + " or two such dates joined by '/'";

    private String edtf;
    private LocalDate earliest;
    private LocalDate latest;

    /** Derived from {@link #edtf}; rebuilt lazily after JPA has loaded the columns. */
    @Transient
    private Analysis analysis;

    /** For JPA only. */
    protected PartialDate() {
    }

    private PartialDate(String edtf, Analysis analysis) {
        this.edtf = edtf;
        this.earliest = analysis.earliest();
        this.latest = analysis.latest();
        this.analysis = analysis;
    }

    /**
     * Parses an EDTF string of the supported subset (see the class documentation).
     *
     * @param edtf the exact EDTF string; no surrounding whitespace is accepted
     * @return the partial date, whose {@link #getEdtf()} is {@code edtf} unchanged
     * @throws InvalidPartialDateException if {@code edtf} is {@code null} or not supported EDTF
     */
    public static PartialDate parse(String edtf) {
        return new PartialDate(edtf, analyse(edtf));
    }

    /**
     * Like {@link #parse(String)}, but {@code null} gives {@code null}.
     *
     * @throws InvalidPartialDateException if {@code edtf} is not {@code null} and not supported EDTF
     */
    public static PartialDate parseNullable(String edtf) {
        return edtf == null ? null : parse(edtf);
    }

    @NonNull
    @Description("The date in EDTF (ISO 8601-2), exactly as entered, e.g. 2023-10~ or 2023-10-20/2023-10-31.")
    public String getEdtf() {
        return edtf;
    }

    @NonNull
    @Description("The first day the date can mean, e.g. 2023-10-01 for 2023-10. Approximate or uncertain qualifiers do not widen it.")
    public LocalDate getEarliest() {
        return earliest;
    }

    @NonNull
    @Description("The last day the date can mean, e.g. 2023-10-31 for 2023-10. Approximate or uncertain qualifiers do not widen it.")
    public LocalDate getLatest() {
        return latest;
    }

    @NonNull
    @Description("How precisely the date is known; for an interval, the coarser precision of its two ends.")
    public DatePrecision getPrecision() {
        return analysis().precision();
    }

    @Description("True if the date (or either end of an interval) is marked approximate with ~ or %.")
    public boolean isApproximate() {
        return analysis().approximate();
    }

    @Description("True if the date (or either end of an interval) is marked uncertain with ? or %.")
    public boolean isUncertain() {
        return analysis().uncertain();
    }

    /**
     * The rule for a span, such as an event or a position held: it may not end before it starts.
     * The problem in words, or null when {@code end} is not certainly before {@code start} (either
     * may be null). The mutations and the dossier import both ask here.
     */
    public static String endBeforeStart(PartialDate start, PartialDate end) {
        return start != null && end != null && end.getLatest().isBefore(start.getEarliest())
                ? end + " is before the start " + start : null;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        return o instanceof PartialDate other && Objects.equals(getEdtf(), other.getEdtf());
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(getEdtf());
    }

    @Override
    public String toString() {
        return getEdtf();
    }

    // ---------------------------------------------------------------------------------------------

    private Analysis analysis() {
        Analysis a = analysis;
        if (a == null) {
            // Loaded by JPA: only the persisted fields are set. Analysis is immutable, so a racy
            // double computation is harmless.
            a = analyse(getEdtf());
            analysis = a;
        }
        return a;
    }

    private record Analysis(LocalDate earliest, LocalDate latest, DatePrecision precision,
                            boolean approximate, boolean uncertain) {
    }

    private static Analysis analyse(String input) {
        if (input == null) {
            throw new InvalidPartialDateException(null, "a value is required");
        }
        if (input.isEmpty()) {
            throw new InvalidPartialDateException(input, "the value is empty; " + EXPECTED);
        }
        for (int i = 0; i < input.length(); i++) {
            char c = input.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                throw new InvalidPartialDateException(input, "whitespace is not allowed");
            }
        }
        if (containsAny(input, "[]{}")) {
            throw new InvalidPartialDateException(input, "sets ([...] and {...}) are not supported");
        }
        if (containsAny(input, "T:")) {
            throw new InvalidPartialDateException(input, "times are not supported, only dates");
        }
        if (containsAny(input, "XY")) {
            throw new InvalidPartialDateException(input, UNSUPPORTED_EXTENSIONS);
        }
        if (containsAny(input, "ES")) {
            throw new InvalidPartialDateException(input,
                    "exponential years (E) and significant digits (S) are not supported");
        }

        int slash = input.indexOf('/');
        if (slash < 0) {
            return analyseDate(input, input);
        }
        if (input.indexOf('/', slash + 1) >= 0) {
            throw new InvalidPartialDateException(input, "an interval has exactly one '/'");
        }
        String startText = input.substring(0, slash);
        String endText = input.substring(slash + 1);
        boolean startKnown = !startText.isEmpty() && !startText.equals(OPEN);
        boolean endKnown = !endText.isEmpty() && !endText.equals(OPEN);
        if (!startKnown && !endKnown) {
            throw new InvalidPartialDateException(input, NO_KNOWN_END);
        }
        if (!startKnown) {
            // "It had happened by then" or "at any time up to then": the range reaches back to the
            // first representable day, so a date filter over any earlier period still matches it.
            Analysis end = analyseDate(input, endText);
            return new Analysis(UNKNOWN_START, end.latest(), end.precision(), end.approximate(), end.uncertain());
        }
        Analysis start = analyseDate(input, startText);
        if (!endKnown) {
            // "Still going on" or "ended, but no source says when": the range reaches to the last
            // representable day.
            return new Analysis(start.earliest(), UNKNOWN_END, start.precision(), start.approximate(), start.uncertain());
        }
        Analysis end = analyseDate(input, endText);
        if (start.earliest().isAfter(end.latest())) {
            throw new InvalidPartialDateException(input,
                    "the interval start " + startText + " is after its end " + endText);
        }
        return new Analysis(start.earliest(), end.latest(),
                coarser(start.precision(), end.precision()),
                start.approximate() || end.approximate(),
                start.uncertain() || end.uncertain());
    }

    /** Parses one date with an optional trailing qualifier; {@code input} is the whole value, for messages. */
    private static Analysis analyseDate(String input, String text) {
        int bodyEnd = text.length();
        while (bodyEnd > 0 && isQualifier(text.charAt(bodyEnd - 1))) {
            bodyEnd--;
        }
        String body = text.substring(0, bodyEnd);
        String qualifiers = text.substring(bodyEnd);
        if (qualifiers.length() > 1) {
            throw new InvalidPartialDateException(input,
                    "only one qualifier (~, ? or %) may follow a date, found \"" + qualifiers + "\"");
        }
        if (body.isEmpty()) {
            throw new InvalidPartialDateException(input, "a qualifier must follow a date; " + EXPECTED);
        }
        for (int i = 0; i < body.length(); i++) {
            if (isQualifier(body.charAt(i))) {
                throw new InvalidPartialDateException(input,
                        "qualifiers (~, ? or %) are only supported at the end of a whole date");
            }
        }
        if (body.charAt(0) == '-') {
            throw new InvalidPartialDateException(input, "negative years are not supported (0000-9999)");
        }

        String[] parts = body.split("-", -1);
        if (parts.length > 3) {
            throw new InvalidPartialDateException(input, EXPECTED);
        }
        for (String part : parts) {
            if (part.isEmpty() || !isAsciiDigits(part)) {
                throw new InvalidPartialDateException(input, EXPECTED);
            }
        }

        String yearText = parts[0];
        if (yearText.length() != 4) {
            throw new InvalidPartialDateException(input,
                    "the year must have exactly 4 digits (0000-9999), found \"" + yearText + "\"");
        }
        int year = Integer.parseInt(yearText);

        boolean approximate = qualifiers.equals("~") || qualifiers.equals("%");
        boolean uncertain = qualifiers.equals("?") || qualifiers.equals("%");

        if (parts.length == 1) {
            return new Analysis(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31),
                    DatePrecision.YEAR, approximate, uncertain);
        }

        String monthText = parts[1];
        if (monthText.length() != 2) {
            throw new InvalidPartialDateException(input,
                    "the month must have exactly 2 digits (01-12), found \"" + monthText + "\"");
        }
        int month = Integer.parseInt(monthText);
        if (month >= 21 && month <= 24) {
            throw new InvalidPartialDateException(input, UNSUPPORTED_EXTENSIONS);
        }
        if (month < 1 || month > 12) {
            throw new InvalidPartialDateException(input, "month " + monthText + " is not 01-12");
        }
        YearMonth yearMonth = YearMonth.of(year, month);

        if (parts.length == 2) {
            return new Analysis(yearMonth.atDay(1), yearMonth.atEndOfMonth(),
                    DatePrecision.MONTH, approximate, uncertain);
        }

        String dayText = parts[2];
        if (dayText.length() != 2) {
            throw new InvalidPartialDateException(input,
                    "the day must have exactly 2 digits (01-31), found \"" + dayText + "\"");
        }
        int day = Integer.parseInt(dayText);
        if (day < 1 || day > yearMonth.lengthOfMonth()) {
            throw new InvalidPartialDateException(input,
                    "no such day (" + yearText + "-" + monthText + " has " + yearMonth.lengthOfMonth() + " days)");
        }
        LocalDate date = yearMonth.atDay(day);
        return new Analysis(date, date, DatePrecision.DAY, approximate, uncertain);
    }

    private static DatePrecision coarser(DatePrecision a, DatePrecision b) {
        // DatePrecision is declared from finest (DAY) to coarsest (YEAR).
        return a.ordinal() >= b.ordinal() ? a : b;
    }

    private static boolean isQualifier(char c) {
        return c == '~' || c == '?' || c == '%';
    }

    private static boolean isAsciiDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static boolean containsAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }
}
