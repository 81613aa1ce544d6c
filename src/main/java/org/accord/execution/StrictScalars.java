package org.accord.execution;

import graphql.GraphQLContext;
import graphql.Scalars;
import graphql.execution.CoercedVariables;
import graphql.language.AstPrinter;
import graphql.language.FloatValue;
import graphql.language.IntValue;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.GraphQLScalarType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Makes the input scalars reject bad values while the request is validated and its variables
 * coerced, as the GraphQL spec requires, instead of while a field is fetched.
 *
 * <p>SmallRye GraphQL 2.17's Int, Float, BigInteger, BigDecimal, Date and DateTime accept any
 * string and only convert it when the resolver is called. A bad value then surfaces as a field
 * error, with the argument dumped as a Java string (and an input object's Java class name), plus a
 * spurious "non-null field was null" error; and execution has already started, so over HTTP it is a
 * 200, not the 400 of a request error. Each of these scalars keeps SmallRye's coercing (which still
 * does the conversion and serialisation) behind a check:
 *
 * <ul>
 * <li>Int and Float: graphql-java's standard rules (no strings; Int within 32 bits);</li>
 * <li>BigInteger and BigDecimal: a number, or a string holding one (JSON cannot carry every such
 *     number exactly), integral for BigInteger;</li>
 * <li>Date: {@code YYYY-MM-DD}, a real calendar day; DateTime: ISO 8601 date-time. Accord uses no
 *     {@code @DateFormat}; a field with a custom format would need its own rule here.</li>
 * </ul>
 *
 * String and ID stay graphql-java's own scalars, which introspection uses too; text that cannot be
 * stored is refused for the whole request by {@link StorableText}. {@link PublishedSchema} puts
 * these scalars in the schema.
 */
final class StrictScalars {

    /** A check of one scalar's input: throws with a message naming the problem. */
    private interface Check {
        void value(String scalar, Object input);

        void literal(String scalar, Value<?> input);
    }

    private static final Check INT = standard(Scalars.GraphQLInt);
    private static final Check FLOAT = standard(Scalars.GraphQLFloat);
    private static final Check BIG_INTEGER = numeric(true);
    private static final Check BIG_DECIMAL = numeric(false);
    private static final Check DATE = text(s -> LocalDate.parse(s, DateTimeFormatter.ISO_LOCAL_DATE), "YYYY-MM-DD, a calendar day");
    private static final Check DATE_TIME = text(s -> DateTimeFormatter.ISO_DATE_TIME.parse(s),
            "an ISO 8601 date-time such as 2023-12-07T10:15:30Z");

    private static final Map<String, Check> CHECKS = Map.of(
            "Int", INT, "Float", FLOAT, "BigInteger", BIG_INTEGER, "BigDecimal", BIG_DECIMAL,
            "Date", DATE, "DateTime", DATE_TIME);

    private StrictScalars() {
    }

    /** The scalar with its input checked first, or the scalar itself when Accord has no rule for it. */
    static GraphQLScalarType strict(GraphQLScalarType scalar) {
        Check check = CHECKS.get(scalar.getName());
        if (check == null || scalar.getCoercing() instanceof Strict) {
            return scalar;
        }
        @SuppressWarnings("unchecked")
        Coercing<Object, Object> delegate = (Coercing<Object, Object>) scalar.getCoercing();
        return scalar.transform(b -> b.coercing(new Strict(scalar.getName(), delegate, check)));
    }

    /** SmallRye's coercing, with input checked first. */
    private record Strict(String scalar, Coercing<Object, Object> delegate, Check check) implements Coercing<Object, Object> {

        @Override
        public Object serialize(Object result, GraphQLContext context, Locale locale) {
            return delegate.serialize(result, context, locale);
        }

        @Override
        public Object parseValue(Object input, GraphQLContext context, Locale locale) {
            check.value(scalar, input);
            return delegate.parseValue(input, context, locale);
        }

        @Override
        public Object parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context, Locale locale) {
            check.literal(scalar, input);
            return delegate.parseLiteral(input, variables, context, locale);
        }

        @Override
        public Value<?> valueToLiteral(Object input, GraphQLContext context, Locale locale) {
            return delegate.valueToLiteral(input, context, locale);
        }

        @Override
        @Deprecated
        public Object serialize(Object result) {
            return delegate.serialize(result);
        }

        @Override
        @Deprecated
        public Object parseValue(Object input) {
            check.value(scalar, input);
            return delegate.parseValue(input);
        }

        @Override
        @Deprecated
        public Object parseLiteral(Object input) {
            if (input instanceof Value<?> v) {
                check.literal(scalar, v);
            }
            return delegate.parseLiteral(input);
        }
    }

    /** graphql-java's own coercing decides (and words the error). */
    private static Check standard(GraphQLScalarType type) {
        return new Check() {
            @Override
            public void value(String scalar, Object input) {
                type.getCoercing().parseValue(input, GraphQLContext.getDefault(), Locale.ENGLISH);
            }

            @Override
            public void literal(String scalar, Value<?> input) {
                type.getCoercing().parseLiteral(input, CoercedVariables.emptyVariables(), GraphQLContext.getDefault(),
                        Locale.ENGLISH);
            }
        };
    }

    private static Check numeric(boolean integral) {
        return new Check() {
            @Override
            public void value(String scalar, Object input) {
                if (!isNumber(input instanceof Number || input instanceof String ? String.valueOf(input) : null, integral)) {
                    throw new CoercingParseValueException(describe(input) + " is not a valid " + scalar);
                }
            }

            @Override
            public void literal(String scalar, Value<?> input) {
                String text = input instanceof IntValue i ? i.getValue().toString()
                        : input instanceof FloatValue f ? f.getValue().toString()
                        : input instanceof StringValue s ? s.getValue() : null;
                if (!isNumber(text, integral)) {
                    throw new CoercingParseLiteralException(literalText(input) + " is not a valid " + scalar);
                }
            }
        };
    }

    private static boolean isNumber(String text, boolean integral) {
        if (text == null) {
            return false;
        }
        try {
            BigDecimal d = new BigDecimal(text.trim());
            if (integral) {
                d.toBigIntegerExact();
            }
            return true;
        } catch (NumberFormatException | ArithmeticException e) {
            return false;
        }
    }

    private static Check text(Consumer<String> parse, String expected) {
        return new Check() {
            @Override
            public void value(String scalar, Object input) {
                boolean valid = input instanceof String s ? parses(parse, s)
                        : input instanceof TemporalAccessor; // a Java value SmallRye supplied, e.g. a default
                if (!valid) {
                    throw new CoercingParseValueException(describe(input) + " is not a valid " + scalar + ": expected " + expected);
                }
            }

            @Override
            public void literal(String scalar, Value<?> input) {
                if (!(input instanceof StringValue s) || !parses(parse, s.getValue())) {
                    throw new CoercingParseLiteralException(literalText(input) + " is not a valid " + scalar + ": expected "
                            + expected);
                }
            }
        };
    }

    private static boolean parses(Consumer<String> parse, String s) {
        try {
            parse.accept(s);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static String describe(Object input) {
        return input instanceof String s ? "\"" + s + "\"" : String.valueOf(input);
    }

    private static String literalText(Value<?> input) {
        return input instanceof StringValue s ? "\"" + s.getValue() + "\""
                : input instanceof IntValue i ? i.getValue().toString()
                : input instanceof FloatValue f ? f.getValue().toString()
                : AstPrinter.printAst(input);
    }
}
