package com.partnerbenefits.application.fake;

/** One in-memory world: a fake of every out-port, each keeping the promises of the real store. */
public record InMemoryStores(InMemoryPartnerStore partners, InMemoryAccountStore accounts,
        InMemoryMembershipStore memberships, InMemoryProductStore products, InMemorySupportContractStore contracts,
        InMemoryContractLinkStore links, InMemoryLinkAttemptStore linkAttempts, InMemoryIncidentStore incidents,
        InMemoryRateLimitStore rateLimits, SequentialIds ids) {

    public static InMemoryStores empty() {
        return new InMemoryStores(new InMemoryPartnerStore(), new InMemoryAccountStore(), new InMemoryMembershipStore(),
                new InMemoryProductStore(), new InMemorySupportContractStore(), new InMemoryContractLinkStore(),
                new InMemoryLinkAttemptStore(), new InMemoryIncidentStore(), new InMemoryRateLimitStore(),
                new SequentialIds());
    }
}
