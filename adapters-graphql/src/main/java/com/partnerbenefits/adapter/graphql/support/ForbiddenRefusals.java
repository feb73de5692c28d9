package com.partnerbenefits.adapter.graphql.support;

import com.partnerbenefits.application.port.in.RefusalCode;
import graphql.execution.DataFetcherResult;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.language.OperationDefinition;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import java.util.concurrent.CompletionStage;

/**
 * A mutation payload refused NOT_AUTHORIZED also answers a FORBIDDEN GraphQL error next to its
 * {@code userErrors}, so clients that only watch {@code errors} notice it too; one refused CONFLICT a
 * CONFLICT error whose extensions carry {@code retryAfterSeconds}, as RATE_LIMITED does. Done here, around the
 * mutation fields, so controllers return their payload records (which schema inspection can see) and
 * not {@code DataFetcherResult}.
 */
public class ForbiddenRefusals extends SimplePerformantInstrumentation {

    @Override
    public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> fetcher, InstrumentationFieldFetchParameters parameters,
            InstrumentationState state) {
        if (parameters.isTrivialDataFetcher() || parameters.getExecutionContext().getOperationDefinition()
                .getOperation() != OperationDefinition.Operation.MUTATION) {
            return fetcher;
        }
        return env -> {
            Object answer = fetcher.get(env);
            return answer instanceof CompletionStage<?> later ? later.thenApply(value -> withError(value, env))
                    : withError(answer, env);
        };
    }

    private static Object withError(Object answer, DataFetchingEnvironment env) {
        if (!(answer instanceof MutationPayload payload)) {
            return answer;
        }
        return payload.userErrors().stream()
                .filter(error -> error.code() == RefusalCode.NOT_AUTHORIZED || error.code() == RefusalCode.CONFLICT).findFirst()
                .<Object>map(error -> DataFetcherResult.newResult().data(payload).error(error.code() == RefusalCode.CONFLICT
                        ? ApiErrorResolver.conflict(env, error.message())
                        : ApiErrorResolver.error(env, ApiErrorResolver.classify(error.code()), error.code().name(), error.message()))
                        .build())
                .orElse(payload);
    }
}
