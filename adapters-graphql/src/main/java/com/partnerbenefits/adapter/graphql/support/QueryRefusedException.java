package com.partnerbenefits.adapter.graphql.support;

import com.partnerbenefits.application.port.in.Refusal;
import com.partnerbenefits.application.port.in.RefusalCode;
import com.partnerbenefits.application.port.in.Result;

/** A refusal on a query field; {@link ApiErrorResolver} turns it into a classified GraphQL error. */
public class QueryRefusedException extends RuntimeException {

    private final transient Refusal refusal;

    public QueryRefusedException(Refusal refusal) {
        super(refusal.code().name(), null, false, false);
        this.refusal = refusal;
    }

    public QueryRefusedException(RefusalCode code) {
        this(Refusal.of(code));
    }

    /** The value of a succeeded result; a refused one is raised as this exception, with its first reason. */
    public static <T> T valueOrThrow(Result<T, ?> result) {
        return result.fold(value -> value, reasons -> {
            throw new QueryRefusedException(reasons.get(0));
        });
    }

    public Refusal refusal() {
        return refusal;
    }
}
