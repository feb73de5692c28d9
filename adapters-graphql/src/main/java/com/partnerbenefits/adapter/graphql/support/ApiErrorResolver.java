package com.partnerbenefits.adapter.graphql.support;

import com.partnerbenefits.application.port.in.Refusal;
import com.partnerbenefits.application.port.in.RefusalCode;
import com.partnerbenefits.domain.shared.InvalidInputException;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;

/**
 * The one error mapper for query-level failures: refusals keep their code and get a
 * classification; anything unexpected becomes INTERNAL_ERROR with a reference to the server log
 * and nothing of its class, message or stack.
 */
public class ApiErrorResolver extends DataFetcherExceptionResolverAdapter {

    private static final Logger LOG = LoggerFactory.getLogger(ApiErrorResolver.class);

    private final Refusals refusals;
    private final ApiMessages messages;
    private final Predicate<Throwable> storeUnavailable;

    /** {@code storeUnavailable} recognises the failures of a store that cannot be reached, which the adapter does not know. */
    public ApiErrorResolver(Refusals refusals, ApiMessages messages, Predicate<Throwable> storeUnavailable) {
        this.refusals = refusals;
        this.messages = messages;
        this.storeUnavailable = storeUnavailable;
        setThreadLocalContextAware(true);
    }

    @Override
    protected GraphQLError resolveToSingleError(Throwable exception, DataFetchingEnvironment env) {
        if (exception instanceof QueryRefusedException refused) {
            RefusalCode code = refused.refusal().code();
            return error(env, classify(code), code.name(), refusals.message(refused.refusal(), env));
        }
        if (exception instanceof ExecutionDeadline.Exceeded) {
            return error(env, ErrorType.BAD_REQUEST, "TIMEOUT", messages.get("limit.TIMEOUT", env.getLocale()));
        }
        if (unavailable(exception)) {
            LOG.warn("store unavailable while fetching {}: {}", env.getExecutionStepInfo().getPath(), exception.toString());
            return error(env, ErrorType.INTERNAL_ERROR, "STORE_UNAVAILABLE", messages.get("error.STORE_UNAVAILABLE", env.getLocale()));
        }
        if (exception instanceof InvalidInputException invalid) {
            Refusal first = Refusal.invalid(invalid.violations().get(0));
            return error(env, ErrorType.BAD_REQUEST, RefusalCode.INVALID_INPUT.name(), refusals.message(first, env));
        }
        String reference = UUID.randomUUID().toString();
        LOG.error("unexpected failure {} while fetching {}", reference, env.getExecutionStepInfo().getPath(), exception);
        return error(env, ErrorType.INTERNAL_ERROR, "INTERNAL_ERROR", messages.get("error.INTERNAL_ERROR", env.getLocale(), reference));
    }

    private boolean unavailable(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (storeUnavailable.test(cause)) {
                return true;
            }
        }
        return false;
    }

    static ErrorType classify(RefusalCode code) {
        switch (code) {
            case NOT_AUTHORIZED:
            case ACTIVATION_ROLE_REQUIRED:
                return ErrorType.FORBIDDEN;
            case NOT_FOUND:
                return ErrorType.NOT_FOUND;
            default:
                return ErrorType.BAD_REQUEST;
        }
    }

    /** Contention outlasted the retries: retry after {@link Refusal#CONFLICT_RETRY_AFTER} (SPEC 5.1). */
    static GraphQLError conflict(DataFetchingEnvironment env, String message) {
        Map<String, Object> extensions = new LinkedHashMap<>(RequestErrors.extensions(RefusalCode.CONFLICT.name(), ErrorType.BAD_REQUEST));
        extensions.put("retryAfterSeconds", Refusal.CONFLICT_RETRY_AFTER.toSeconds());
        return GraphqlErrorBuilder.newError(env).errorType(ErrorType.BAD_REQUEST).message(message).extensions(extensions).build();
    }

    static GraphQLError error(DataFetchingEnvironment env, ErrorType type, String code, String message) {
        return GraphqlErrorBuilder.newError(env).errorType(type).message(message)
                .extensions(RequestErrors.extensions(code, type)).build();
    }
}
