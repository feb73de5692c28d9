package com.partnerbenefits.bootstrap.store;

import com.mongodb.WriteConcern;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.mongodb.autoconfigure.MongoProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * "A write the API has acknowledged survives": every write waits until a majority of the replica set
 * has it in its journal ({@code w: majority, j: true}), so a failover cannot roll it back. On a single
 * server that is the server's own journal. A write concern named in {@code spring.mongodb.uri}
 * ({@code ?w=…&journal=…}) wins; see docs/scaling.md.
 */
@Configuration(proxyBeanMethods = false)
public class StoreWriteConcern {

    @Bean
    MongoClientSettingsBuilderCustomizer acknowledgedWritesSurvive(MongoProperties mongo) {
        return settings -> {
            if (mongo.getUri() == null || !namesWriteConcern(mongo.getUri())) {
                settings.writeConcern(WriteConcern.MAJORITY.withJournal(true));
            }
        };
    }

    private static boolean namesWriteConcern(String uri) {
        String options = uri.contains("?") ? uri.substring(uri.indexOf('?') + 1).toLowerCase() : "";
        return options.matches("(^|.*&)(w|journal|wtimeoutms)=.*");
    }
}
