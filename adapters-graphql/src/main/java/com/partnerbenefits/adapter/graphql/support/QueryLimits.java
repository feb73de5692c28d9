package com.partnerbenefits.adapter.graphql.support;

import graphql.ExecutionResult;
import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.language.Field;
import graphql.language.IntValue;
import graphql.language.OperationDefinition;
import graphql.language.VariableReference;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.InputValueWithState;
import java.util.List;
import java.util.Optional;

/**
 * Refuses an operation that is too deep or has too many fields once its fragments are expanded and
 * its lists weighed by their page size, before anything is fetched. Counting stops at the first limit crossed, so a document built to
 * explode (fragments spreading fragments) costs no more than the limit to measure.
 */
public class QueryLimits extends SimplePerformantInstrumentation {

    private static final String FIRST = "first";
    private static final long DEFAULT_PAGE = 20;
    private static final long MAX_PAGE = 100;
    /** A connection's fields that hold its page's items, so the page size weighs what is below them. */
    private static final java.util.Set<String> ITEMS = java.util.Set.of("edges", "nodes");
    private static final long PLAIN_LIST_WEIGHT = 5;
    private static final long CAP = 1_000_000_000L;

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
        Measure measure = new Measure(execution);
        GraphQLObjectType root = execution.getGraphQLSchema().getObjectType(
                execution.getOperationDefinition().getOperation() == OperationDefinition.Operation.MUTATION ? "Mutation" : "Query");
        Selections.walk(execution.getOperationDefinition().getSelectionSet(), execution.getFragmentsByName(),
                new Level(1, false, root, 1, false, 0), measure);
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

    /**
     * Where a field stands: its depth, whether it is inside introspection, the type it is selected on, how many
     * times it will run (its weight), whether the nearest list above it is a plain list that already weighs it (not a
     * page's items), and the page size of the connection it is a field of (0 if none).
     */
    private record Level(int depth, boolean introspection, GraphQLType parent, long weight, boolean listed, long page) {
    }

    /**
     * Counts fields, each by how many times it can run, and depth, stopping at the first limit crossed. Like
     * GitHub's node limit, a connection's items (its edges and nodes) count once per item of its page ({@code first}, or the
     * argument's default), nested connections multiplying; a plain list of objects counts as {@value #PLAIN_LIST_WEIGHT}
     * items, so 300 aliased {@code supportPlans} cost what they are, and again under each item of a page (a product's
     * versions on each of 100 incidents are 100 lists). A plain list inside another plain list is not weighed again:
     * those nest what the programme bounds (a membership's benefits), and the dashboard's own query must fit.
     * Introspection ({@code __schema}, {@code __type}) is exempt from the depth limit and from weighting: the
     * standard introspection query nests type references deeper than 12, and production turns introspection off
     * altogether. Its fields still count once.
     */
    private final class Measure implements Selections.Visitor<Level> {
        private final ExecutionContext execution;
        long fields;
        int depth;

        Measure(ExecutionContext execution) {
            this.execution = execution;
        }

        @Override
        public Optional<Level> visit(Field field, Level level) {
            boolean meta = level.introspection() || (level.depth() == 1 && field.getName().startsWith("__"));
            fields += level.weight();
            depth = meta ? depth : Math.max(depth, level.depth());
            GraphQLFieldDefinition definition = level.parent() instanceof GraphQLFieldsContainer container
                    ? container.getFieldDefinition(field.getName()) : null;
            GraphQLType returned = definition == null ? null : GraphQLTypeUtil.unwrapNonNull(definition.getType());
            long weight = level.weight();
            boolean listed = level.listed();
            long page = 0;
            if (!meta && definition != null && definition.getArgument(FIRST) != null) {
                page = pageSize(field, definition); // weighs its items (edges, nodes), not totalCount or pageInfo
            } else if (level.page() > 0 && ITEMS.contains(field.getName())) {
                weight = Math.min(weight * level.page(), CAP);
                listed = false; // each item of the page weighs its own lists again
            } else if (!meta && !listed && GraphQLTypeUtil.isList(returned)
                    && !GraphQLTypeUtil.isLeaf(GraphQLTypeUtil.unwrapAll(returned))) {
                weight = Math.min(weight * PLAIN_LIST_WEIGHT, CAP);
                listed = true;
            }
            GraphQLType inner = returned == null ? null : GraphQLTypeUtil.unwrapAll(returned);
            return Optional.of(new Level(level.depth() + 1, meta, inner, weight, listed, page));
        }

        @Override
        public Level within(String type, Level level) {
            GraphQLType condition = execution.getGraphQLSchema().getType(type);
            return new Level(level.depth(), level.introspection(), condition != null ? condition : level.parent(), level.weight(),
                    level.listed(), level.page());
        }

        @Override
        public boolean done() {
            return fields > limits.maxFields() || depth > limits.maxDepth();
        }

        /** The page asked for, within 1..100 (a size outside is refused by the field itself), or the argument's default. */
        private long pageSize(Field field, GraphQLFieldDefinition definition) {
            Object asked = field.getArguments().stream().filter(argument -> argument.getName().equals(FIRST)).findFirst()
                    .map(argument -> argument.getValue() instanceof VariableReference variable
                            ? execution.getCoercedVariables().get(variable.getName())
                            : argument.getValue() instanceof IntValue literal ? literal.getValue() : null)
                    .orElse(null);
            if (!(asked instanceof Number)) {
                InputValueWithState byDefault = definition.getArgument(FIRST).getArgumentDefaultValue();
                Object value = byDefault.isSet() ? byDefault.getValue() : null;
                asked = value instanceof IntValue literal ? literal.getValue() : value;
            }
            long size = asked instanceof Number number ? number.longValue() : DEFAULT_PAGE;
            return Math.max(1, Math.min(size, MAX_PAGE));
        }
    }
}
