package com.partnerbenefits.bootstrap.store;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code benefits.embedded-mongo.*}: the embedded store, started when {@code spring.mongodb.uri} is not set.
 *
 * @param path     The H2 file the embedded store keeps its data in.
 * @param inMemory Keep the embedded store in memory only (nothing survives a restart).
 * @param port     The port it listens on, on loopback; 0 takes a free one, logged at startup, so a second
 *                 instance can share the store through spring.mongodb.uri.
 */
@Validated
@ConfigurationProperties("benefits.embedded-mongo")
public record EmbeddedMongoProperties(@DefaultValue("./data/benefits.mv") @NotBlank String path, boolean inMemory,
        @PositiveOrZero @Max(65535) int port) {
}
