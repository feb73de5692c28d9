package com.partnerbenefits.adapter.graphql.support;

import com.partnerbenefits.application.port.in.AdmitMutationUseCase;
import com.partnerbenefits.application.port.in.AdmitMutationUseCase.RetryLater;
import graphql.ExecutionResult;
import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.language.OperationDefinition;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Counts every mutation field of a request (aliases and fragments expanded) against its account's rate limit,
 * and refuses the request whole, before anything runs: over {@code maxMutations} fields in one request
 * (MAX_MUTATIONS_EXCEEDED), or over the account's limit (RATE_LIMITED).
 */
public class MutationRateLimit extends SimplePerformantInstrumentation {

    private static final Logger LOG = LoggerFactory.getLogger(MutationRateLimit.class);

    private final AdmitMutationUseCase admission;
    private final ApiMessages messages;
    private final int maxMutations;

    public MutationRateLimit(AdmitMutationUseCase admission, ApiMessages messages, int maxMutations) {
        this.admission = admission;
        this.messages = messages;
        this.maxMutations = maxMutations;
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(InstrumentationExecuteOperationParameters parameters,
            InstrumentationState state) {
        ExecutionContext execution = parameters.getExecutionContext();
        if (execution.getOperationDefinition().getOperation() == OperationDefinition.Operation.MUTATION) {
            int mutations = Selections.rootFields(execution.getOperationDefinition().getSelectionSet(),
                    execution.getFragmentsByName(), name -> !name.startsWith("__"));
            if (mutations > maxMutations) {
                throw new AbortExecutionException(List.of(RequestErrors.badRequest("MAX_MUTATIONS_EXCEEDED",
                        messages.get("limit.MAX_MUTATIONS_EXCEEDED", execution.getLocale(), String.valueOf(maxMutations)))));
            }
            Optional<RetryLater> refused = admit(execution, mutations);
            if (refused.isPresent()) {
                throw new AbortExecutionException(List.of(RequestErrors.retryLater("RATE_LIMITED",
                        messages.get("limit.RATE_LIMITED", execution.getLocale(), refused.get().at().toString()),
                        refused.get().afterSeconds())));
            }
        }
        return super.beginExecuteOperation(parameters, state);
    }

    /** A store that cannot count lets the request through: the mutation then fails on its own, cleanly. */
    private Optional<RetryLater> admit(ExecutionContext execution, int mutations) {
        try {
            return admission.admit(LazyViewer.of(execution.getGraphQLContext()), mutations);
        } catch (RuntimeException cannotCount) {
            LOG.warn("rate limit not checked: {}", cannotCount.toString());
            return Optional.empty();
        }
    }
}
