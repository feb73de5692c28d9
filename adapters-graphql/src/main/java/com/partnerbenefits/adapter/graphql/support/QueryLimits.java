package com.partnerbenefits.adapter.graphql.support;

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

/**
 * Refuses an operation that is too deep or has too many fields once its fragments are expanded,
 * before anything is fetched. Counting stops at the first limit crossed, so a document built to
 * explode (fragments spreading fragments) costs no more than the limit to measure.
 */
public class QueryLimits extends SimplePerformantInstrumentation {

    private final RequestLimits limits;
    private final ApiMessages messages;

    public QueryLimits(RequestLimits limits, ApiMessages messages) {
        this.limits = limits;
        this.messages = messages;
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(InstrumentationExecuteOperationParameters parameters,
            InstrumentationState state) {
        ExecutionContext execution = parameters.getExecutionContext();
        Measure measure = new Measure();
        walk(execution.getOperationDefinition().getSelectionSet(), 1, false, execution.getFragmentsByName(), measure);
        if (measure.depth > limits.maxDepth()) {
            throw refusal("MAX_DEPTH_EXCEEDED", execution, limits.maxDepth());
        }
        if (measure.fields > limits.maxFields()) {
            throw refusal("MAX_FIELDS_EXCEEDED", execution, limits.maxFields());
        }
        return super.beginExecuteOperation(parameters, state);
    }

    private AbortExecutionException refusal(String code, ExecutionContext execution, int limit) {
        return new AbortExecutionException(List.of(RequestErrors.badRequest(code,
                messages.get("limit." + code, execution.getLocale(), String.valueOf(limit)))));
    }

    private static final class Measure {
        int fields;
        int depth;
    }

    /**
     * Introspection ({@code __schema}, {@code __type}) is exempt from the depth limit only: the
     * standard introspection query nests type references deeper than 12, and production turns
     * introspection off altogether. Its fields still count.
     */
    private void walk(SelectionSet selections, int level, boolean introspection, Map<String, FragmentDefinition> fragments,
            Measure measure) {
        for (Selection<?> selection : selections.getSelections()) {
            if (measure.fields > limits.maxFields() || measure.depth > limits.maxDepth()) {
                return;
            }
            if (selection instanceof Field field) {
                boolean meta = introspection || (level == 1 && field.getName().startsWith("__"));
                measure.fields++;
                measure.depth = meta ? measure.depth : Math.max(measure.depth, level);
                if (field.getSelectionSet() != null) {
                    walk(field.getSelectionSet(), level + 1, meta, fragments, measure);
                }
            } else if (selection instanceof InlineFragment inline) {
                walk(inline.getSelectionSet(), level, introspection, fragments, measure);
            } else if (selection instanceof FragmentSpread spread && fragments.containsKey(spread.getName())) {
                walk(fragments.get(spread.getName()).getSelectionSet(), level, introspection, fragments, measure);
            }
        }
    }
}
