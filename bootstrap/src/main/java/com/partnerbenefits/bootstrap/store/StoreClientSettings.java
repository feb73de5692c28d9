package com.partnerbenefits.bootstrap.store;

import com.mongodb.MongoException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;

/**
 * Fails fast when the store is away: the driver gives up selecting a server after
 * {@code benefits.store.timeout} (its default is 30 s, far past any client's patience) and recovers
 * by itself when the store is back.
 */
@Configuration(proxyBeanMethods = false)
public class StoreClientSettings {

    /** What a request that could not reach the store throws, as the API reports it: STORE_UNAVAILABLE. */
    public static final Predicate<Throwable> UNAVAILABLE = failure -> failure instanceof DataAccessResourceFailureException
            || failure instanceof TransientDataAccessException
            || (failure instanceof MongoException mongo && mongo.getCode() < 0);

    @Bean
    MongoClientSettingsBuilderCustomizer failFast(@Value("${benefits.store.timeout:2s}") Duration timeout,
            @Value("${benefits.store.read-timeout:10s}") Duration readTimeout) {
        return settings -> settings
                .applyToClusterSettings(cluster -> cluster.serverSelectionTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS))
                .applyToSocketSettings(socket -> socket.connectTimeout((int) timeout.toMillis(), TimeUnit.MILLISECONDS)
                        .readTimeout((int) readTimeout.toMillis(), TimeUnit.MILLISECONDS));
    }
}
