package com.partnerbenefits.bootstrap.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code benefits.limits.*}: what one request may ask of the API before it is refused whole.
 *
 * @param maxDepth        Deepest nesting of fields a query may have (introspection exempt); deeper is
 *                        MAX_DEPTH_EXCEEDED.
 * @param maxFields       Fields per document, fragments expanded, aliases counted, each once per item of its page;
 *                        more is MAX_FIELDS_EXCEEDED.
 * @param maxDocumentSize Largest GraphQL document (the query text); larger is DOCUMENT_TOO_LARGE.
 * @param maxRequestSize  Largest request body, declared or actually read; larger is REQUEST_TOO_LARGE (HTTP 413).
 * @param maxMutations    Mutation fields per request, aliases and fragments counted; more is MAX_MUTATIONS_EXCEEDED.
 * @param timeout         Time a request may run; every field fetched after it is a TIMEOUT error (0: every field).
 * @param bodyTimeout     Time a request body may take to arrive; later is TIMEOUT (HTTP 408).
 */
@ConfigurationProperties("benefits.limits")
public record LimitsProperties(
        @DefaultValue("12") @SettingRules.Positive int maxDepth,
        @DefaultValue("1000") @SettingRules.Positive int maxFields,
        @DefaultValue("64KB") @SettingRules.Positive DataSize maxDocumentSize,
        @DefaultValue("1MB") @SettingRules.Positive DataSize maxRequestSize,
        @DefaultValue("10") @SettingRules.Positive int maxMutations,
        @DefaultValue("5s") @SettingRules.PositiveOrZero Duration timeout,
        @DefaultValue("10s") @SettingRules.Positive Duration bodyTimeout) {
}
