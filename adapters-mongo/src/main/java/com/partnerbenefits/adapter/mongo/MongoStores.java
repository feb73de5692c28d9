package com.partnerbenefits.adapter.mongo;

import org.springframework.data.mongodb.core.MongoOperations;

/** Builds every store of this adapter over one connection; the single entry point for wiring and tests. */
public record MongoStores(MongoPartnerStore partners, MongoAccountStore accounts, MongoMembershipStore memberships,
        MongoProductStore products, MongoSupportContractStore contracts, MongoContractLinkStore links,
        MongoLinkAttemptStore linkAttempts, MongoIncidentStore incidents, MongoRateLimitStore rateLimits,
        ObjectIdGenerator ids, MongoPartnerDirectory directory, MongoProductVersionStore productVersions,
        MongoAccountAccessStore accountAccess, MongoContractControlStore contractControls, MongoContractHistoryStore history) {

    public static MongoStores over(MongoOperations mongo) {
        MongoIndexes.ensure(mongo);
        DocumentMapper mapper = new DocumentMapperImpl();
        ObjectIdGenerator ids = new ObjectIdGenerator();
        WindowCounters counters = new WindowCounters(mongo);
        MongoIncidentStore incidents = new MongoIncidentStore(mongo, mapper);
        StoreUpgrades.once(mongo, "incident-due-times", incidents::fillMissingDueTimes);
        StoreUpgrades.once(mongo, "contract-latest-incidents", () -> LatestIncidents.backfill(mongo));
        StoreUpgrades.once(mongo, "contract-history-collection", () -> MongoContractHistoryStore.moveEmbeddedLines(mongo));
        StoreUpgrades.once(mongo, "partner-membership-ids", () -> PartnerMemberships.backfill(mongo));
        return new MongoStores(new MongoPartnerStore(mongo, mapper), new MongoAccountStore(mongo, mapper),
                new MongoMembershipStore(mongo, mapper), new MongoProductStore(mongo, mapper),
                new MongoSupportContractStore(mongo, mapper), new MongoContractLinkStore(mongo, ids),
                new MongoLinkAttemptStore(counters), incidents, new MongoRateLimitStore(counters),
                ids, new MongoPartnerDirectory(mongo, mapper), new MongoProductVersionStore(mongo),
                new MongoAccountAccessStore(mongo, mapper), new MongoContractControlStore(mongo, mapper),
                new MongoContractHistoryStore(mongo));
    }
}
