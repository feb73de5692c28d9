package com.partnerbenefits.adapter.mongo;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.index.Index;

/** The advisory-hours stores over one connection, with the indexes their promises rely on. */
public record MongoAdvisoryStores(MongoAdvisoryHoursStore hours, MongoAdvisoryStore advisories) {

    public static MongoAdvisoryStores over(MongoOperations mongo) {
        // One advisory per requester and idempotency key, across instances; a membership's advisories newest first.
        mongo.indexOps(AdvisoryDocument.class).createIndex(new Index().on("requestedBy", Sort.Direction.ASC)
                .on("idempotencyKey", Sort.Direction.ASC).unique().named("advisory_idempotency_key"));
        mongo.indexOps(AdvisoryDocument.class).createIndex(new Index().on("membershipId", Sort.Direction.ASC)
                .on("requestedAt", Sort.Direction.DESC).on("_id", Sort.Direction.DESC).named("advisory_membership"));
        return new MongoAdvisoryStores(new MongoAdvisoryHoursStore(mongo, new DocumentMapperImpl()), new MongoAdvisoryStore(mongo));
    }
}
