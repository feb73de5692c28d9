package com.partnerbenefits.adapter.graphql.support;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import graphql.schema.GraphQLScalarType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.function.Function;

/** The {@code Date} (ISO calendar date) and {@code DateTime} (ISO instant, UTC) scalars. */
public final class DateScalars {

    public static final GraphQLScalarType DATE = scalar("Date", LocalDate.class, LocalDate::parse, "2026-12-31");
    public static final GraphQLScalarType DATE_TIME = scalar("DateTime", Instant.class, Instant::parse, "2026-03-01T10:00:00Z");

    private DateScalars() {
    }

    private static <T> GraphQLScalarType scalar(String name, Class<T> type, Function<String, T> parser, String example) {
        return GraphQLScalarType.newScalar().name(name).coercing(new Coercing<T, String>() {
            @Override
            public String serialize(Object value, GraphQLContext context, Locale locale) {
                if (type.isInstance(value)) {
                    return value.toString();
                }
                throw new CoercingSerializeException("not a " + name);
            }

            @Override
            public T parseValue(Object input, GraphQLContext context, Locale locale) {
                if (input instanceof String text) {
                    return parse(text, CoercingParseValueException::new);
                }
                throw new CoercingParseValueException(name + " must be a string such as " + example);
            }

            @Override
            public T parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context, Locale locale) {
                if (input instanceof StringValue text) {
                    return parse(text.getValue(), CoercingParseLiteralException::new);
                }
                throw new CoercingParseLiteralException(name + " must be a string such as " + example);
            }

            private T parse(String text, Function<String, RuntimeException> failure) {
                try {
                    return parser.apply(text);
                } catch (DateTimeParseException e) {
                    throw failure.apply("'" + text + "' is not a valid " + name + "; expected a value such as " + example);
                }
            }
        }).build();
    }
}
