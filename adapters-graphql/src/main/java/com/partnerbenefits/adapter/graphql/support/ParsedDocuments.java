package com.partnerbenefits.adapter.graphql.support;

import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;
import java.util.Collections;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * Parses and validates each distinct document once: dashboards send the same few documents over and
 * over, and parsing plus validation is a large share of a small request. Least recently used
 * documents leave first; documents with errors are not kept.
 */
public class ParsedDocuments implements PreparsedDocumentProvider {

    private final Map<String, PreparsedDocumentEntry> cache;

    public ParsedDocuments(int capacity) {
        this.cache = Collections.synchronizedMap(new LinkedHashMap<>(capacity, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, PreparsedDocumentEntry> eldest) {
                return size() > capacity;
            }
        });
    }

    /** Plugs a cache of this capacity into the GraphQL engine. */
    public static GraphQlSourceBuilderCustomizer customizer(int capacity) {
        ParsedDocuments documents = new ParsedDocuments(capacity);
        return builder -> builder.configureGraphQl(graphQl -> graphQl.preparsedDocumentProvider(documents));
    }

    @Override
    public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput input,
            Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
        PreparsedDocumentEntry cached = cache.get(input.getQuery());
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
