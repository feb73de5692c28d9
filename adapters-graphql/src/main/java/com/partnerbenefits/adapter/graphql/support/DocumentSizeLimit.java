package com.partnerbenefits.adapter.graphql.support;

import graphql.execution.preparsed.persisted.PersistedQuerySupport;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import reactor.core.publisher.Mono;

/**
 * Refuses a document over the size limit before it is parsed, and a request with no document: Spring hands a body
 * with a {@code persistedQuery} extension and no {@code query} on as graphql-java's marker text, whose parse error
 * would name it (the service keeps no persisted queries).
 */
public class DocumentSizeLimit implements WebGraphQlInterceptor {

    private final RequestLimits limits;
    private final ApiMessages messages;

    public DocumentSizeLimit(RequestLimits limits, ApiMessages messages) {
        this.limits = limits;
        this.messages = messages;
    }

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        Locale locale = ApiMessages.negotiate(request.getHeaders().getFirst("Accept-Language"));
        if (PersistedQuerySupport.PERSISTED_QUERY_MARKER.equals(request.getDocument())) {
            return Mono.just(RequestErrors.refuse(request, RequestErrors.badRequest("INVALID_INPUT",
                    messages.get("http.BAD_REQUEST", locale))));
        }
        if (request.getDocument().getBytes(StandardCharsets.UTF_8).length > limits.maxDocumentBytes()) {
            return Mono.just(RequestErrors.refuse(request, RequestErrors.badRequest("DOCUMENT_TOO_LARGE",
                    messages.get("limit.DOCUMENT_TOO_LARGE", locale, String.valueOf(limits.maxDocumentBytes())))));
        }
        return chain.next(request);
    }
}
