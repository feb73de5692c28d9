package com.partnerbenefits.adapter.graphql.linking;

import com.partnerbenefits.adapter.graphql.support.ApiMessages;
import com.partnerbenefits.adapter.graphql.support.RequestErrors;
import graphql.ExecutionResult;
import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import java.util.List;
import java.util.Map;
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
        if (count(execution.getOperationDefinition().getSelectionSet(), execution.getFragmentsByName()) > 1) {
            throw new AbortExecutionException(List.of(RequestErrors.badRequest(CODE,
                    messages.get("limit.ONE_LINK_PER_REQUEST", execution.getLocale()))));
        }
        return super.beginExecuteOperation(parameters, state);
    }

    private static int count(SelectionSet selections, Map<String, FragmentDefinition> fragments) {
        int links = 0;
        for (Selection<?> selection : selections.getSelections()) {
            if (selection instanceof Field field) {
                links += FIELD.equals(field.getName()) ? 1 : 0;
            } else if (selection instanceof InlineFragment inline) {
                links += count(inline.getSelectionSet(), fragments);
            } else if (selection instanceof FragmentSpread spread && fragments.containsKey(spread.getName())) {
                links += count(fragments.get(spread.getName()).getSelectionSet(), fragments);
            }
        }
        return links;
    }
}
