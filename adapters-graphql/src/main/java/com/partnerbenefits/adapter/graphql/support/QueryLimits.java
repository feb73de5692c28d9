package com.partnerbenefits.adapter.graphql.support;

import graphql.ExecutionResult;
import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.language.Field;
import java.util.List;
import java.util.Optional;

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
        Selections.walk(execution.getOperationDefinition().getSelectionSet(), execution.getFragmentsByName(),
                new Level(1, false), measure);
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

    /** Where a field stands: its depth, and whether it is inside introspection. */
    private record Level(int depth, boolean introspection) {
    }

    /**
     * Counts fields and depth, stopping at the first limit crossed. Introspection ({@code __schema},
     * {@code __type}) is exempt from the depth limit only: the standard introspection query nests
     * type references deeper than 12, and production turns introspection off altogether. Its fields
     * still count.
     */
    private final class Measure implements Selections.Visitor<Level> {
        int fields;
        int depth;

        @Override
        public Optional<Level> visit(Field field, Level level) {
            boolean meta = level.introspection() || (level.depth() == 1 && field.getName().startsWith("__"));
            fields++;
            depth = meta ? depth : Math.max(depth, level.depth());
            return Optional.of(new Level(level.depth() + 1, meta));
        }

        @Override
        public boolean done() {
            return fields > limits.maxFields() || depth > limits.maxDepth();
        }
    }
}
