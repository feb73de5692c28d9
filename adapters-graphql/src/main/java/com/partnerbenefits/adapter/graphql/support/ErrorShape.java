package com.partnerbenefits.adapter.graphql.support;

import graphql.ErrorClassification;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import reactor.core.publisher.Mono;

/**
 * Every error leaves with a stable {@code extensions.code} and one of the API's classifications.
 * graphql-java's own errors (syntax, validation, bad variables) carry neither; they become
 * INVALID_INPUT / BAD_REQUEST, their text kept after a localised lead-in. Runs outermost.
 */
public class ErrorShape implements WebGraphQlInterceptor, Ordered {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorShape.class);
    private static final Set<String> CLASSIFICATIONS = Set.of("UNAUTHORIZED", "FORBIDDEN", "NOT_FOUND", "BAD_REQUEST",
            "INTERNAL_ERROR");
    private static final Set<String> CLIENT_MISTAKES = Set.of("InvalidSyntax", "ValidationError", "OperationNotSupported",
            "ExecutionAborted", "IntrospectionDisabled", "BadFaithIntrospection", "BAD_REQUEST");

    private final ApiMessages messages;

    public ErrorShape(ApiMessages messages) {
        this.messages = messages;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        Locale locale = ApiMessages.negotiate(request.getHeaders().getFirst("Accept-Language"));
        return chain.next(request).map(response -> response.getErrors().stream().allMatch(ErrorShape::shaped) ? response
                : response.transform(builder -> builder.errors(response.getErrors().stream()
                        .map(error -> shaped(error) ? toGraphQlError(error) : reshaped(error, locale)).toList())));
    }

    private static boolean shaped(ResponseError error) {
        Map<String, Object> extensions = error.getExtensions();
        return extensions.get("code") instanceof String && CLASSIFICATIONS.contains(extensions.get("classification"));
    }

    private GraphQLError reshaped(ResponseError error, Locale locale) {
        ErrorClassification type = error.getErrorType();
        boolean clientMistake = type != null && CLIENT_MISTAKES.contains(type.toString());
        if (!clientMistake) {
            LOG.warn("unshaped {} error reported as INTERNAL_ERROR: {}", type, error.getMessage());
        }
        String code = clientMistake ? "INVALID_INPUT" : "INTERNAL_ERROR";
        ErrorType classification = clientMistake ? ErrorType.BAD_REQUEST : ErrorType.INTERNAL_ERROR;
        String message = clientMistake ? messages.get("error.INVALID_INPUT", locale, JavaNames.asJsonKinds(error.getMessage()))
                : messages.get("error.INTERNAL_ERROR", locale, "-");
        return GraphqlErrorBuilder.newError().message(message).errorType(classification).locations(error.getLocations())
                .extensions(RequestErrors.extensions(code, classification)).build();
    }

    private static GraphQLError toGraphQlError(ResponseError error) {
        GraphqlErrorBuilder<?> builder = GraphqlErrorBuilder.newError().message(error.getMessage())
                .errorType(error.getErrorType() != null ? error.getErrorType()
                        : ErrorType.valueOf((String) error.getExtensions().get("classification")))
                .locations(error.getLocations()).extensions(error.getExtensions());
        if (!error.getParsedPath().isEmpty()) {
            builder.path(error.getParsedPath());
        }
        return builder.build();
    }

}
