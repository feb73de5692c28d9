package com.partnerbenefits.adapter.graphql.support;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;

/**
 * Parses and validates each distinct document once: dashboards send the same few documents over and
 * over, and parsing plus validation is a large share of a small request. A bounded Caffeine cache
 * (no global lock; rarely used documents leave first); documents with errors are not kept.
 */
public class ParsedDocuments implements PreparsedDocumentProvider {

    private final Cache<String, PreparsedDocumentEntry> cache;

    public ParsedDocuments(int capacity) {
        this.cache = Caffeine.newBuilder().maximumSize(capacity).build();
    }

    /** Plugs a cache of this capacity into the GraphQL engine. */
    public static GraphQlSourceBuilderCustomizer customizer(int capacity) {
        ParsedDocuments documents = new ParsedDocuments(capacity);
        return builder -> builder.configureGraphQl(graphQl -> graphQl.preparsedDocumentProvider(documents));
    }

    @Override
    public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput input,
            Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
        PreparsedDocumentEntry cached = cache.getIfPresent(input.getQuery());
        if (cached != null) {
            return CompletableFuture.completedFuture(cached);
        }
        PreparsedDocumentEntry parsed = parseAndValidate.apply(input);
        if (!parsed.hasErrors()) {
            cache.put(input.getQuery(), parsed);
        }
        return CompletableFuture.completedFuture(parsed);
    }
}
