package com.partnerbenefits.application.fake;

import com.partnerbenefits.application.port.out.StoreContractTest;

/** The store contract on the in-memory fakes the services' tests use. */
class InMemoryStoreContractTest extends StoreContractTest {

    @Override
    protected Stores emptyStores() {
        InMemoryStores fakes = InMemoryStores.empty();
        return new Stores(fakes.partners(), fakes.accounts(), fakes.memberships(), fakes.products(), fakes.contracts(),
                fakes.links(), fakes.linkAttempts(), fakes.incidents(), fakes.rateLimits(), fakes.ids(),
                fakes.contractControls(), fakes.linkLifecycle(), fakes.history());
    }
}
