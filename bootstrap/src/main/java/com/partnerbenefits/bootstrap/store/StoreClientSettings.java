package com.partnerbenefits.bootstrap.store;

import com.mongodb.MongoException;
import com.partnerbenefits.bootstrap.config.StoreProperties;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
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
    MongoClientSettingsBuilderCustomizer failFast(StoreProperties store) {
        long timeout = store.timeout().toMillis();
        return settings -> settings
                .applyToClusterSettings(cluster -> cluster.serverSelectionTimeout(timeout, TimeUnit.MILLISECONDS))
                .applyToSocketSettings(socket -> socket.connectTimeout((int) timeout, TimeUnit.MILLISECONDS)
                        .readTimeout((int) store.readTimeout().toMillis(), TimeUnit.MILLISECONDS));
    }
}
