package com.partnerbenefits.bootstrap.store;

import com.partnerbenefits.bootstrap.config.SettingRules;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code benefits.embedded-mongo.*}: the embedded store, started when {@code spring.mongodb.uri} is not set.
 *
 * @param path     The H2 file the embedded store keeps its data in.
 * @param inMemory Keep the embedded store in memory only (nothing survives a restart).
 * @param port     The port it listens on, on loopback; 0 takes a free one, logged at startup, so a second
 *                 instance can share the store through spring.mongodb.uri.
 */
@ConfigurationProperties("benefits.embedded-mongo")
public record EmbeddedMongoProperties(@DefaultValue("./data/benefits.mv") @SettingRules.NotBlank String path, boolean inMemory,
        @SettingRules.PositiveOrZero @SettingRules.AtMost(65535) int port) {
}
