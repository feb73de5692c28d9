package com.partnerbenefits.adapter.graphql.support;

import com.partnerbenefits.application.port.in.Refusal;
import com.partnerbenefits.application.port.in.RefusalCode;
import com.partnerbenefits.application.port.in.Result;
import com.partnerbenefits.domain.shared.InvalidInputException;
import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetchingEnvironment;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Runs a mutation and shapes its payload {@code { <resultField>, userErrors }}: invalid input and
 * business refusals become localised user errors. A NOT_AUTHORIZED refusal is also raised as a
 * FORBIDDEN GraphQL error, so clients that only watch {@code errors} notice it too.
 */
public final class Payloads {

    private final Refusals refusals;

    public Payloads(Refusals refusals) {
        this.refusals = refusals;
    }

    public <T> DataFetcherResult<Map<String, Object>> run(String resultField, Supplier<Result<T>> mutation,
            Function<T, ?> view, DataFetchingEnvironment env) {
        return run(mutation, value -> Map.of(resultField, view.apply(value)), env);
    }

    /** As above, for payloads with more than one field; on a refusal they are all null. */
    public <T> DataFetcherResult<Map<String, Object>> run(Supplier<Result<T>> mutation,
            Function<T, Map<String, Object>> fields, DataFetchingEnvironment env) {
        Result<T> result;
        try {
            result = mutation.get();
        } catch (InvalidInputException invalid) {
            result = new Result.Refused<>(Refusal.invalid(invalid.violations()));
        }
        if (result instanceof Result.Succeeded<T> succeeded) {
            return payload(fields.apply(succeeded.value()), List.of());
        }
        return refused(((Result.Refused<T>) result).refusals(), env);
    }

    public DataFetcherResult<Map<String, Object>> refused(List<Refusal> reasons, DataFetchingEnvironment env) {
        Locale locale = env.getLocale();
        DataFetcherResult<Map<String, Object>> payload = payload(Map.of(), refusals.toUserErrors(reasons, locale));
        return reasons.stream().filter(r -> r.code() == RefusalCode.NOT_AUTHORIZED).findFirst()
                .map(r -> payload.transform(b -> b.error(ApiErrorResolver.error(env, ApiErrorResolver.classify(r.code()),
                        r.code().name(), refusals.message(r, locale)))))
                .orElse(payload);
    }

    private static DataFetcherResult<Map<String, Object>> payload(Map<String, Object> fields, List<UserError> errors) {
        Map<String, Object> payload = new HashMap<>(fields);
        payload.put("userErrors", errors);
        return DataFetcherResult.<Map<String, Object>>newResult().data(payload).build();
    }

    /**
     * As {@link #run}, for a payload record: {@code payload} builds it from the value (null on a
     * refusal) and the user errors, so the payload's shape is a type the compiler and the schema
     * inspection see.
     */
    public <T, P> DataFetcherResult<P> runTyped(Supplier<Result<T>> mutation, BiFunction<T, List<UserError>, P> payload,
            DataFetchingEnvironment env) {
        return runTyped(mutation, value -> payload.apply(value, List.of()), errors -> payload.apply(null, errors), env);
    }

    /**
     * Runs a mutation whose payload is a record: {@code succeeded} builds it from the outcome, and
     * {@code refused} from the user errors (its other fields null).
     */
    public <T, P> DataFetcherResult<P> runTyped(Supplier<Result<T>> mutation, Function<T, P> succeeded,
            Function<List<UserError>, P> refused, DataFetchingEnvironment env) {
        Result<T> result;
        try {
            result = mutation.get();
        } catch (InvalidInputException invalid) {
            result = new Result.Refused<>(Refusal.invalid(invalid.violations()));
        }
        if (result instanceof Result.Succeeded<T> done) {
            return DataFetcherResult.<P>newResult().data(succeeded.apply(done.value())).build();
        }
        return refusedTyped(((Result.Refused<T>) result).refusals(), refused, env);
    }

    /** A record payload carrying these refusals, NOT_AUTHORIZED also raised as a FORBIDDEN error. */
    public <P> DataFetcherResult<P> refusedTyped(List<Refusal> reasons, Function<List<UserError>, P> refused,
            DataFetchingEnvironment env) {
        Locale locale = env.getLocale();
        DataFetcherResult.Builder<P> payload = DataFetcherResult.<P>newResult()
                .data(refused.apply(refusals.toUserErrors(reasons, locale)));
        reasons.stream().filter(r -> r.code() == RefusalCode.NOT_AUTHORIZED).findFirst()
                .ifPresent(r -> payload.error(ApiErrorResolver.error(env, ApiErrorResolver.classify(r.code()),
                        r.code().name(), refusals.message(r, locale))));
        return payload.build();
    }
}
