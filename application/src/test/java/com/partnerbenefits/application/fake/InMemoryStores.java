package com.partnerbenefits.application.fake;

/** One in-memory world: a fake of every out-port, each keeping the promises of the real store. */
public record InMemoryStores(InMemoryPartnerStore partners, InMemoryAccountStore accounts,
        InMemoryMembershipStore memberships, InMemoryProductStore products, InMemorySupportContractStore contracts,
        InMemoryContractLinkStore links, InMemoryLinkAttemptStore linkAttempts, InMemoryIncidentStore incidents,
        InMemoryRateLimitStore rateLimits, SequentialIds ids, InMemoryPartnerDirectory directory,
        InMemoryContractHistoryStore history) {

    public static InMemoryStores empty() {
        InMemoryPartnerStore partners = new InMemoryPartnerStore();
        InMemoryAccountStore accounts = new InMemoryAccountStore();
        InMemoryMembershipStore memberships = new InMemoryMembershipStore();
        InMemoryContractHistoryStore history = new InMemoryContractHistoryStore();
        return new InMemoryStores(partners, accounts, memberships,
                new InMemoryProductStore(), new InMemorySupportContractStore(memberships, history), new InMemoryContractLinkStore(history),
                new InMemoryLinkAttemptStore(), new InMemoryIncidentStore(), new InMemoryRateLimitStore(),
                new SequentialIds(), new InMemoryPartnerDirectory(partners, accounts), history);
    }

    /** Product versions live with the products. */
    public InMemoryProductStore productVersions() {
        return products;
    }

    /** Roles, associations and membership of a partner live with the accounts. */
    public InMemoryAccountStore accountAccess() {
        return accounts;
    }

    /** Who activated a contract and its credential rotations live with the contracts. */
    public InMemorySupportContractStore contractControls() {
        return contracts;
    }

    /** Pending, confirmed and revoked links live with the links. */
    public InMemoryContractLinkStore linkLifecycle() {
        return links;
    }
}
