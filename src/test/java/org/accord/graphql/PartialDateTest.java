package org.accord.graphql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.time.LocalDate;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class PartialDateTest {

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    // ---- level 0 ----------------------------------------------------------------------------

    @ParameterizedTest(name = "{0} -> {1}..{2} {3}")
    @CsvSource({
            "2023,       2023-01-01, 2023-12-31, YEAR",
            "0000,       0000-01-01, 0000-12-31, YEAR",
            "9999,       9999-01-01, 9999-12-31, YEAR",
            "2023-10,    2023-10-01, 2023-10-31, MONTH",
            "2023-12,    2023-12-01, 2023-12-31, MONTH",
            "2023-04,    2023-04-01, 2023-04-30, MONTH",
            "2024-02,    2024-02-01, 2024-02-29, MONTH",
            "2023-02,    2023-02-01, 2023-02-28, MONTH",
            "2000-02,    2000-02-01, 2000-02-29, MONTH",
            "1900-02,    1900-02-01, 1900-02-28, MONTH",
            "2023-12-07, 2023-12-07, 2023-12-07, DAY",
            "2024-02-29, 2024-02-29, 2024-02-29, DAY",
            "0001-01-01, 0001-01-01, 0001-01-01, DAY",
    })
    void level0Dates(String edtf, String earliest, String latest, DatePrecision precision) {
        PartialDate date = PartialDate.parse(edtf);
        assertEquals(edtf, date.getEdtf());
        assertEquals(edtf, date.toString());
        assertEquals(d(earliest), date.getEarliest());
        assertEquals(d(latest), date.getLatest());
        assertEquals(precision, date.getPrecision());
        assertFalse(date.isApproximate());
        assertFalse(date.isUncertain());
    }

    // ---- qualifiers -------------------------------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "2023~,       2023-01-01, 2023-12-31, YEAR,  true,  false",
            "2023?,       2023-01-01, 2023-12-31, YEAR,  false, true",
            "2023%,       2023-01-01, 2023-12-31, YEAR,  true,  true",
            "2023-10~,    2023-10-01, 2023-10-31, MONTH, true,  false",
            "2024-02?,    2024-02-01, 2024-02-29, MONTH, false, true",
            "2023-12%,    2023-12-01, 2023-12-31, MONTH, true,  true",
            "2023-12-07~, 2023-12-07, 2023-12-07, DAY,   true,  false",
            "2023-12-07?, 2023-12-07, 2023-12-07, DAY,   false, true",
            "2023-12-07%, 2023-12-07, 2023-12-07, DAY,   true,  true",
    })
    void qualifiersSetFlagsAndKeepRange(String edtf, String earliest, String latest,
                                        DatePrecision precision, boolean approximate, boolean uncertain) {
        PartialDate date = PartialDate.parse(edtf);
        assertEquals(edtf, date.getEdtf());
        assertEquals(d(earliest), date.getEarliest());
        assertEquals(d(latest), date.getLatest());
        assertEquals(precision, date.getPrecision());
        assertEquals(approximate, date.isApproximate());
        assertEquals(uncertain, date.isUncertain());
    }

    @Test
    void qualifierDoesNotWidenRange() {
        PartialDate plain = PartialDate.parse("2023-10");
        for (String q : new String[] {"~", "?", "%"}) {
            PartialDate qualified = PartialDate.parse("2023-10" + q);
            assertEquals(plain.getEarliest(), qualified.getEarliest());
            assertEquals(plain.getLatest(), qualified.getLatest());
            assertNotEquals(plain, qualified);
        }
    }

    // ---- intervals --------------------------------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "2023-10-20/2023-10-31, 2023-10-20, 2023-10-31, DAY,   false, false",
            "2023-10-20/2023-10-20, 2023-10-20, 2023-10-20, DAY,   false, false",
            "2023/2025-08,          2023-01-01, 2025-08-31, YEAR,  false, false",
            "2023-10/2023-11-15,    2023-10-01, 2023-11-15, MONTH, false, false",
            "2023-10-05/2024,       2023-10-05, 2024-12-31, YEAR,  false, false",
            "2024-02/2024-02,       2024-02-01, 2024-02-29, MONTH, false, false",
            "2023/2023-01-01,       2023-01-01, 2023-01-01, YEAR,  false, false",
            "2023~/2024,            2023-01-01, 2024-12-31, YEAR,  true,  false",
            "2023/2024?,            2023-01-01, 2024-12-31, YEAR,  false, true",
            "2023-10~/2023-11-02?,  2023-10-01, 2023-11-02, MONTH, true,  true",
            "2023-12-07%/2023-12-08,2023-12-07, 2023-12-08, DAY,   true,  true",
            // unknown start: "by then", reaching back to the first representable day
            "/2023-12-08,           0001-01-01, 2023-12-08, DAY,   false, false",
            "/2023?,                0001-01-01, 2023-12-31, YEAR,  false, true",
            // open start: "at any time up to then", the same range
            "../2024,               0001-01-01, 2024-12-31, YEAR,  false, false",
            "../2023-12-08~,        0001-01-01, 2023-12-08, DAY,   true,  false",
            // open end ("still going on") and unknown end: reaching to the last representable day
            "2023-12/..,            2023-12-01, 9999-12-31, MONTH, false, false",
            "2023-10-20~/..,        2023-10-20, 9999-12-31, DAY,   true,  false",
            "2023-12/,              2023-12-01, 9999-12-31, MONTH, false, false",
            "2023?/,                2023-01-01, 9999-12-31, YEAR,  false, true",
    })
    void intervals(String edtf, String earliest, String latest, DatePrecision precision,
                   boolean approximate, boolean uncertain) {
        PartialDate date = PartialDate.parse(edtf);
        assertEquals(edtf, date.getEdtf());
        assertEquals(d(earliest), date.getEarliest());
        assertEquals(d(latest), date.getLatest());
        assertEquals(precision, date.getPrecision());
        assertEquals(approximate, date.isApproximate());
        assertEquals(uncertain, date.isUncertain());
    }

    // ---- invalid input ----------------------------------------------------------------------

    @ParameterizedTest(name = "\"{0}\" is invalid")
    @NullSource
    @ValueSource(strings = {
            "", " 2023", "2023 ", "2023-10 ", "2023 /2024", "\t2023",
            "2023-1", "23", "202", "20231", "2023-13", "2023-00", "2023-02-30", "2023-02-29",
            "2024-02-30", "2023-04-31", "2023-10-00", "2023-10-1", "2023-10-32",
            "2023-12-07T10:00", "2023-12-07T10:00:00Z",
            "/", "..", "../..", "/..", "../", "2023/...", ".../2023", "2023/..~", "2023/.",
            "2023-21", "2023-24", "20XX", "2023-XX", "Y170000", "Y-170000", "-2023", "+2023",
            "2025/2023", "2023-10-20/2023-10-19", "2023-11/2023-10-31", "2023/2024/2025",
            "2023~~", "2023?~", "~", "2023~-10", "?2023",
            "abc", "2023-", "2023--10", "2023-10-20-01", "2023-10-2a", "[2023,2024]", "{2023}",
            "1950S2", "Y17E7", "２０２３", "2023‐10",
    })
    void invalid(String input) {
        InvalidPartialDateException e =
                assertThrows(InvalidPartialDateException.class, () -> PartialDate.parse(input));
        assertTrue(e.getMessage().contains(input == null ? "null" : "\"" + input + "\""),
                () -> "message should quote the input: " + e.getMessage());
        assertTrue(e.getMessage().startsWith("Invalid EDTF date "), e::getMessage);
        assertEquals(input, e.getInput());
        assertTrue(e instanceof BadUserInputException, "maps to extensions.code BAD_USER_INPUT");
    }

    static Stream<Arguments> invalidWithReason() {
        return Stream.of(
                Arguments.of("2023-13", "Invalid EDTF date \"2023-13\": month 13 is not 01-12"),
                Arguments.of("2023-00", "Invalid EDTF date \"2023-00\": month 00 is not 01-12"),
                Arguments.of("2023-02-30", "Invalid EDTF date \"2023-02-30\": no such day"),
                Arguments.of("2023-02-29", "no such day"),
                Arguments.of("../..", "an interval needs at least one known end"),
                Arguments.of("/..", "an interval needs at least one known end"),
                Arguments.of("/", "an interval needs at least one known end"),
                Arguments.of("2023-21", "seasons (21-24), unspecified digits (X) and long years (Y) are not supported"),
                Arguments.of("20XX", "seasons (21-24), unspecified digits (X) and long years (Y) are not supported"),
                Arguments.of("Y170000", "seasons (21-24), unspecified digits (X) and long years (Y) are not supported"),
                Arguments.of("2023-12-07T10:00", "times are not supported"),
                Arguments.of(" 2023", "whitespace"),
                Arguments.of("", "empty"),
                Arguments.of("23", "year must have exactly 4 digits"),
                Arguments.of("2023-1", "month must have exactly 2 digits"),
                Arguments.of("2023-10-1", "day must have exactly 2 digits"),
                Arguments.of("2023~~", "only one qualifier"),
                Arguments.of("2023~-10", "only supported at the end"),
                Arguments.of("2025/2023", "the interval start 2025 is after its end 2023"),
                Arguments.of("2023-10-20/2023-10-19", "the interval start 2023-10-20 is after its end 2023-10-19"),
                Arguments.of("-2023", "negative years"),
                Arguments.of("abc", "expected YYYY, YYYY-MM or YYYY-MM-DD"));
    }

    @ParameterizedTest(name = "\"{0}\": {1}")
    @MethodSource("invalidWithReason")
    void invalidMessageSaysWhatIsWrong(String input, String expectedFragment) {
        InvalidPartialDateException e =
                assertThrows(InvalidPartialDateException.class, () -> PartialDate.parse(input));
        assertTrue(e.getMessage().contains(expectedFragment),
                () -> "expected \"" + expectedFragment + "\" in: " + e.getMessage());
        assertTrue(e.getMessage().contains("\"" + input + "\""), e::getMessage);
    }

    @Test
    void nullIsRejectedByParseButAllowedByParseNullable() {
        InvalidPartialDateException e =
                assertThrows(InvalidPartialDateException.class, () -> PartialDate.parse(null));
        assertTrue(e.getMessage().contains("null"), e::getMessage);
        assertNull(PartialDate.parseNullable(null));
        assertEquals(PartialDate.parse("2023-10~"), PartialDate.parseNullable("2023-10~"));
        assertThrows(InvalidPartialDateException.class, () -> PartialDate.parseNullable("2023-13"));
        assertThrows(InvalidPartialDateException.class, () -> PartialDate.parseNullable(""));
    }

    // ---- identity and JPA-style loading -----------------------------------------------------

    @Test
    void equalityIsOnTheExactEdtfString() {
        PartialDate a = PartialDate.parse("2023-10-20/2023-10-31");
        PartialDate b = PartialDate.parse("2023-10-20/2023-10-31");
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        // same range, different text: different values
        assertNotEquals(PartialDate.parse("2023"), PartialDate.parse("2023-01/2023-12"));
        assertNotEquals(PartialDate.parse("2023"), PartialDate.parse("2023~"));
        assertNotEquals(PartialDate.parse("2023"), null);
        assertNotEquals(PartialDate.parse("2023"), "2023");
    }

    @Test
    void derivedValuesAreRebuiltAfterJpaSetsTheColumnsDirectly() throws Exception {
        // Simulates Hibernate: no-arg constructor, then the three persisted fields set directly.
        PartialDate loaded = new PartialDate();
        setField(loaded, "edtf", "2023-10~/2024?");
        setField(loaded, "earliest", d("2023-10-01"));
        setField(loaded, "latest", d("2024-12-31"));

        assertEquals(DatePrecision.YEAR, loaded.getPrecision());
        assertTrue(loaded.isApproximate());
        assertTrue(loaded.isUncertain());
        assertEquals(d("2023-10-01"), loaded.getEarliest());
        assertEquals(d("2024-12-31"), loaded.getLatest());
        assertEquals(PartialDate.parse("2023-10~/2024?"), loaded);
    }

    private static void setField(Object target, String name, Object value) throws Exception {
        Field field = PartialDate.class.getDeclaredField(name);
        field.setAccessible(true);
        field.set(target, value);
    }
}
