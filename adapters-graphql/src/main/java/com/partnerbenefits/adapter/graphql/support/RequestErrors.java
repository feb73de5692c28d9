package com.partnerbenefits.adapter.graphql.support;

import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import java.util.LinkedHashMap;
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
                .extensions(extensions(code, ErrorType.BAD_REQUEST)).build();
    }

    /** A refusal to try again later: its extensions also carry {@code retryAfterSeconds} (0: at once, differently). */
    public static GraphQLError retryLater(String code, String message, long seconds) {
        Map<String, Object> extensions = new LinkedHashMap<>(extensions(code, ErrorType.BAD_REQUEST));
        extensions.put("retryAfterSeconds", seconds);
        return GraphqlErrorBuilder.newError().message(message).errorType(ErrorType.BAD_REQUEST).extensions(extensions).build();
    }

    /** The extensions every error of the API carries: its stable code and its classification. */
    static Map<String, Object> extensions(String code, ErrorType classification) {
        return Map.of("code", code, "classification", classification.name());
    }

    /** A response that answers the request with this error alone, without executing it. */
    static WebGraphQlResponse refuse(WebGraphQlRequest request, GraphQLError error) {
        return new WebGraphQlResponse(new DefaultExecutionGraphQlResponse(request.toExecutionInput(),
                ExecutionResult.newExecutionResult().addError(error).build()));
    }
}
