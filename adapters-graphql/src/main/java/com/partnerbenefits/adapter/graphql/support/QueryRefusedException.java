package com.partnerbenefits.adapter.graphql.support;

import com.partnerbenefits.application.port.in.Refusal;
import com.partnerbenefits.application.port.in.RefusalCode;

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

    public Refusal refusal() {
        return refusal;
    }
}
