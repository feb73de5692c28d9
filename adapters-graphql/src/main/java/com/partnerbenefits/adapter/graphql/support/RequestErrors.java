package com.partnerbenefits.adapter.graphql.support;

import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import java.util.Map;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;

/** Errors about the request as a whole, raised before any field is fetched, in the API's error shape. */
public final class RequestErrors {

    private RequestErrors() {
    }

    public static GraphQLError badRequest(String code, String message) {
        return GraphqlErrorBuilder.newError().message(message).errorType(ErrorType.BAD_REQUEST)
                .extensions(Map.of("code", code, "classification", ErrorType.BAD_REQUEST.name())).build();
    }

    /** A response that answers the request with this error alone, without executing it. */
    static WebGraphQlResponse refuse(WebGraphQlRequest request, GraphQLError error) {
        return new WebGraphQlResponse(new DefaultExecutionGraphQlResponse(request.toExecutionInput(),
                ExecutionResult.newExecutionResult().addError(error).build()));
    }
}
