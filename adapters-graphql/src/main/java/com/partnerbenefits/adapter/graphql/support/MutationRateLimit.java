package com.partnerbenefits.adapter.graphql.support;

import com.partnerbenefits.application.port.in.AdmitMutationUseCase;
import graphql.ExecutionResult;
import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.language.OperationDefinition;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Counts every mutation request against its account's rate limit, and refuses it whole (RATE_LIMITED) when over. */
public class MutationRateLimit extends SimplePerformantInstrumentation {

    private static final Logger LOG = LoggerFactory.getLogger(MutationRateLimit.class);

    private final AdmitMutationUseCase admission;
    private final ApiMessages messages;
    private final Clock clock;

    public MutationRateLimit(AdmitMutationUseCase admission, ApiMessages messages, Clock clock) {
        this.admission = admission;
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(InstrumentationExecuteOperationParameters parameters,
            InstrumentationState state) {
        ExecutionContext execution = parameters.getExecutionContext();
        if (execution.getOperationDefinition().getOperation() == OperationDefinition.Operation.MUTATION) {
            Optional<Instant> retryAt = admit(execution);
            if (retryAt.isPresent()) {
                throw new AbortExecutionException(List.of(RequestErrors.retryLater("RATE_LIMITED",
                        messages.get("limit.RATE_LIMITED", execution.getLocale(), retryAt.get().toString()),
                        RequestErrors.secondsUntil(retryAt.get(), clock))));
            }
        }
        return super.beginExecuteOperation(parameters, state);
    }

    /** A store that cannot count lets the request through: the mutation then fails on its own, cleanly. */
    private Optional<Instant> admit(ExecutionContext execution) {
        try {
            return admission.admit(LazyViewer.of(execution.getGraphQLContext()));
        } catch (RuntimeException cannotCount) {
            LOG.warn("rate limit not checked: {}", cannotCount.toString());
            return Optional.empty();
        }
    }
}
