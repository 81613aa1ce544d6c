package org.accord.graphql;

/**
 * Thrown when a string is not a supported EDTF partial date (see {@link PartialDate}).
 * The message quotes the input and says what is wrong, e.g.
 * {@code Invalid EDTF date "2023-13": month 13 is not 01-12}; for a mutation's input it starts
 * with the field, e.g. {@code input.start: Invalid EDTF date "2023-13": ...}.
 */
@io.smallrye.graphql.api.ErrorCode("BAD_USER_INPUT")
public class InvalidPartialDateException extends BadUserInputException {

    private static final long serialVersionUID = 1L;

    private final String input;
    private final String problem;

    public InvalidPartialDateException(String input, String problem) {
        this(null, input, problem);
    }

    private InvalidPartialDateException(String field, String input, String problem) {
        super((field == null ? "" : field + ": ") + "Invalid EDTF date " + (input == null ? "null" : "\"" + input + "\"") + ": " + problem);
        this.input = input;
        this.problem = problem;
    }

    /**
     * Parses the EDTF string given as the input field {@code field} (e.g. {@code input.start});
     * null gives null. An invalid date is reported with the field first.
     */
    public static PartialDate parseField(String field, String edtf) {
        try {
            return PartialDate.parseNullable(edtf);
        } catch (InvalidPartialDateException e) {
            throw new InvalidPartialDateException(field, e.getInput(), e.getProblem());
        }
    }

    /** The rejected input, exactly as given (may be {@code null}). */
    public String getInput() {
        return input;
    }

    /** What is wrong with the input, without the input itself. */
    public String getProblem() {
        return problem;
    }
}
