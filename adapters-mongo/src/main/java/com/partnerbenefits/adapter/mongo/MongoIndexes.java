package com.partnerbenefits.adapter.mongo;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.index.Index;

/**
 * Creates the indexes the invariants rely on. Unique indexes are what make "one partner per MPN ID",
 * "one account per login", "one product per name", "one contract per benefit", "credentials
 * never shared", "one link per contract and account" and "one incident per idempotency key" hold under concurrency and across instances.
 * Idempotent: run at every start before requests are served.
 */
public final class MongoIndexes {

    private MongoIndexes() {
    }

    public static void ensure(MongoOperations mongo) {
        mongo.indexOps(PartnerDocument.class).createIndex(new Index("mpnId", Sort.Direction.ASC).unique().named("partner_mpn_id"));
        mongo.indexOps(AccountDocument.class).createIndex(new Index("login", Sort.Direction.ASC).unique().named("account_login"));
        mongo.indexOps(ProductDocument.class).createIndex(new Index("nameKey", Sort.Direction.ASC).unique().named("product_name"));
        mongo.indexOps(SupportContractDocument.class).createIndex(
                new Index("benefitId", Sort.Direction.ASC).unique().named("contract_benefit"));
        mongo.indexOps(SupportContractDocument.class).createIndex(
                new Index("accessId", Sort.Direction.ASC).unique().named("contract_access_id"));
        mongo.indexOps(SupportContractDocument.class).createIndex(
                new Index("contractId", Sort.Direction.ASC).unique().named("contract_contract_id"));
        mongo.indexOps(SupportContractDocument.class).createIndex(
                new Index("usage.at", Sort.Direction.ASC).named("contract_usage_at"));
        mongo.indexOps(ContractLinkDocument.class).createIndex(new Index().on("contractId", Sort.Direction.ASC)
                .on("accountId", Sort.Direction.ASC).unique().named("link_contract_account"));
        mongo.indexOps(ContractLinkDocument.class).createIndex(
                new Index().on("accountId", Sort.Direction.ASC).on("linkedAt", Sort.Direction.DESC).named("link_account"));
        // A contract's history, a page at a time, newest first (MongoContractHistoryStore).
        mongo.indexOps(MongoContractHistoryStore.COLLECTION).createIndex(new Index().on("contractId", Sort.Direction.ASC)
                .on("at", Sort.Direction.DESC).on("key", Sort.Direction.DESC).named("history_contract"));
        mongo.indexOps(IncidentDocument.class).createIndex(new Index().on("accountId", Sort.Direction.ASC)
                .on("idempotencyKey", Sort.Direction.ASC).unique().named("incident_idempotency_key"));
        mongo.indexOps(IncidentDocument.class).createIndex(new Index().on("contractId", Sort.Direction.ASC)
                .on("raisedAt", Sort.Direction.DESC).on("_id", Sort.Direction.DESC).named("incident_contract"));
        mongo.indexOps(IncidentDocument.class).createIndex(new Index().on("accountId", Sort.Direction.ASC)
                .on("raisedAt", Sort.Direction.DESC).on("_id", Sort.Direction.DESC).named("incident_account"));
        // The support queue (MongoIncidentStore.supportQueue): equality on status and severity (always both
        // given, as $in lists), then the sort: a real MongoDB merges the index ranges in order, no in-memory sort.
        mongo.indexOps(IncidentDocument.class).createIndex(new Index().on("status", Sort.Direction.ASC)
                .on("severity", Sort.Direction.ASC).on("firstResponseDueAt", Sort.Direction.ASC).on("_id", Sort.Direction.ASC)
                .named("incident_support_queue"));
        mongo.indexOps(MembershipDocument.class).createIndex(
                new Index().on("partnerId", Sort.Direction.ASC).on("startsOn", Sort.Direction.DESC).named("membership_partner"));
        // The operator's desk (MongoPartnerDirectory): searches scan index keys, a partner's accounts come sorted.
        mongo.indexOps(PartnerDocument.class).createIndex(new Index("name", Sort.Direction.ASC).named("partner_name"));
        mongo.indexOps(AccountDocument.class).createIndex(
                new Index().on("partnerId", Sort.Direction.ASC).on("_id", Sort.Direction.DESC).named("account_partner"));
    }
}
