package com.partnerbenefits.adapter.graphql.support;

import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;

/**
 * Gives each request until its deadline: once it has passed, every field still to fetch fails with
 * TIMEOUT instead of doing more work. (A single slow store call is bounded by the driver's timeouts.)
 */
public class ExecutionDeadline extends SimplePerformantInstrumentation {

    /** Raised by a field fetched after the deadline; reported as TIMEOUT. */
    public static final class Exceeded extends RuntimeException {
        Exceeded() {
            super("deadline exceeded", null, false, false);
        }
    }

    private record Deadline(long nanos) implements InstrumentationState {
    }

    private final RequestLimits limits;

    public ExecutionDeadline(RequestLimits limits) {
        this.limits = limits;
    }

    @Override
    public InstrumentationState createState(InstrumentationCreateStateParameters parameters) {
        return new Deadline(System.nanoTime() + limits.timeout().toNanos());
    }

    @Override
    public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> fetcher, InstrumentationFieldFetchParameters parameters,
            InstrumentationState state) {
        if (parameters.isTrivialDataFetcher()) {
            return fetcher; // reads a property of what is already fetched: no work to stop
        }
        long deadline = ((Deadline) state).nanos();
        return environment -> {
            if (System.nanoTime() - deadline > 0) {
                throw new Exceeded();
            }
            return fetcher.get(environment);
        };
    }
}
