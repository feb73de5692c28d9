package com.partnerbenefits.adapter.mongo;

import com.partnerbenefits.application.port.out.StoreContractTest;
import org.springframework.data.mongodb.core.MongoTemplate;

/** The store contract on this adapter's stores, over an emptied database of the server a subclass provides. */
abstract class MongoStoreContractTest extends StoreContractTest {

    protected abstract MongoTemplate mongo();

    @Override
    protected Stores emptyStores() {
        mongo().getDb().drop();
        MongoStores mongoStores = MongoStores.over(mongo());
        return new Stores(mongoStores.partners(), mongoStores.accounts(), mongoStores.memberships(), mongoStores.products(),
                mongoStores.contracts(), mongoStores.links(), mongoStores.linkAttempts(), mongoStores.incidents(),
                mongoStores.rateLimits(), mongoStores.ids());
    }
}
