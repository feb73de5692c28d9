package com.partnerbenefits.application.fake;

import com.partnerbenefits.application.port.out.NotificationStoreContractTest;

/** The notification store contract on the in-memory fakes. */
class InMemoryNotificationStoreContractTest extends NotificationStoreContractTest {

    @Override
    protected Stores emptyStores() {
        InMemoryNotificationStore store = new InMemoryNotificationStore();
        return new Stores(store, store, new InMemoryAccountPreferencesStore(), new InMemoryWebhookEndpointStore());
    }
}
