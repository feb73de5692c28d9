package com.partnerbenefits.application.fake;

import com.partnerbenefits.application.port.out.AdvisoryStoreContractTest;

/** The advisory-hours store contract on the in-memory fakes. */
class InMemoryAdvisoryStoreContractTest extends AdvisoryStoreContractTest {

    @Override
    protected Stores emptyStores() {
        InMemoryMembershipStore memberships = new InMemoryMembershipStore();
        return new Stores(memberships, memberships, new InMemoryAdvisoryStore());
    }
}
