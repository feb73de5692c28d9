package com.partnerbenefits.adapter.graphql.support;

import java.time.Duration;
import java.util.Objects;

/**
 * What one GraphQL request may ask for: the nesting depth, the fields once fragments are expanded
 * (so aliases and fragments cannot multiply work), the size of the document, and the time it may run.
 */
public record RequestLimits(int maxDepth, int maxFields, int maxDocumentBytes, Duration timeout) {

    public static final RequestLimits DEFAULTS = new RequestLimits(12, 1_000, 64 * 1024, Duration.ofSeconds(5));

    public RequestLimits {
        Objects.requireNonNull(timeout, "timeout");
        if (maxDepth < 1 || maxFields < 1 || maxDocumentBytes < 1 || timeout.isNegative()) {
            throw new IllegalArgumentException("request limits must be positive: " + maxDepth + ", " + maxFields + ", "
                    + maxDocumentBytes + ", " + timeout);
        }
    }
}
