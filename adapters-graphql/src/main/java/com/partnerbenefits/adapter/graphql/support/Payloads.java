package com.partnerbenefits.adapter.graphql.support;

import com.partnerbenefits.application.port.in.Refusal;
import com.partnerbenefits.application.port.in.Result;
import com.partnerbenefits.domain.shared.InvalidInputException;
import graphql.schema.DataFetchingEnvironment;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Runs a mutation and answers its payload record: invalid input and business refusals become
 * localised user errors. The payload's type is the method's return type, so the compiler and Spring
 * for GraphQL's schema inspection see every field; {@link ForbiddenRefusals} also raises a
 * NOT_AUTHORIZED user error as a FORBIDDEN GraphQL error.
 */
public final class Payloads {

    private final Refusals refusals;

    public Payloads(Refusals refusals) {
        this.refusals = refusals;
    }

    /**
     * Runs a mutation: {@code succeeded} builds the payload from the outcome, and {@code refused} from
     * the user errors (its other fields null).
     */
    public <T, P extends MutationPayload> P run(Supplier<Result<T, ?>> mutation, Function<T, P> succeeded,
            Function<List<UserError>, P> refused, DataFetchingEnvironment env) {
        Result<T, ?> result;
        try {
            result = mutation.get();
        } catch (InvalidInputException invalid) {
            result = new Result.Refused<>(Refusal.invalid(invalid.violations()));
        }
        return result.fold(succeeded, reasons -> refused(reasons, refused, env));
    }

    /** A payload carrying these refusals. */
    public <P extends MutationPayload> P refused(List<Refusal> reasons, Function<List<UserError>, P> refused,
            DataFetchingEnvironment env) {
        return refused.apply(refusals.toUserErrors(reasons, env));
    }
}
