package com.partnerbenefits.adapter.mongo;

import org.springframework.data.mongodb.core.MongoOperations;

/** The notification stores over one connection (apart from {@link MongoStores}, which they do not change). */
public record MongoNotificationStores(MongoNotificationStore notifications, MongoAccountPreferencesStore preferences,
        MongoWebhookEndpointStore webhooks) {

    public static MongoNotificationStores over(MongoOperations mongo) {
        return new MongoNotificationStores(new MongoNotificationStore(mongo), new MongoAccountPreferencesStore(mongo),
                new MongoWebhookEndpointStore(mongo));
    }
}
