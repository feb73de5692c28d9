package com.partnerbenefits.adapter.graphql.linking;

import com.partnerbenefits.adapter.graphql.support.ApiMessages;
import com.partnerbenefits.adapter.graphql.support.RequestErrors;
import com.partnerbenefits.adapter.graphql.support.Selections;
import graphql.ExecutionResult;
import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * At most one {@code linkSupportContract} per request, counted through aliases and fragments before
 * anything runs: batching guesses in one document would otherwise bypass the per-attempt limit's spirit
 * and race it. A request with more is refused whole.
 */
@Component
public class OneLinkPerRequest extends SimplePerformantInstrumentation {

    static final String FIELD = "linkSupportContract";
    static final String CODE = "TOO_MANY_ATTEMPTS";

    private final ApiMessages messages;

    public OneLinkPerRequest(ApiMessages messages) {
        this.messages = messages;
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(InstrumentationExecuteOperationParameters parameters,
            InstrumentationState state) {
        ExecutionContext execution = parameters.getExecutionContext();
        if (count(execution) > 1) {
            throw new AbortExecutionException(List.of(RequestErrors.retryLater(CODE,
                    messages.get("limit.ONE_LINK_PER_REQUEST", execution.getLocale()), 0)));
        }
        return super.beginExecuteOperation(parameters, state);
    }

    /** The operation's own fields named {@link #FIELD}, through fragments; nested fields are not mutations. */
    private static int count(ExecutionContext execution) {
        return Selections.rootFields(execution.getOperationDefinition().getSelectionSet(), execution.getFragmentsByName(),
                FIELD::equals);
    }
}
