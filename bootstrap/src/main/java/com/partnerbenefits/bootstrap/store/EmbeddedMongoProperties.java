package com.partnerbenefits.bootstrap.store;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code benefits.embedded-mongo.*}: where the embedded store keeps its data and which port it
 * listens on (0: a free one, logged at startup).
 */
@ConfigurationProperties("benefits.embedded-mongo")
public record EmbeddedMongoProperties(String path, boolean inMemory, int port) {

    public EmbeddedMongoProperties {
        path = path == null || path.isBlank() ? "./data/benefits.mv" : path;
    }
}
