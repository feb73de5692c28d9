package com.partnerbenefits.adapter.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import com.partnerbenefits.application.port.out.AdvisoryStore;
import com.partnerbenefits.domain.advisory.Advisory;
import com.partnerbenefits.domain.membership.MembershipId;
import com.partnerbenefits.domain.partner.AccountId;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/** Advisories: one per requester and key under a unique index; settled by one update conditional on REQUESTED. */
public class MongoAdvisoryStore implements AdvisoryStore {

    private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("requestedAt"), Sort.Order.desc("_id"));

    private final MongoOperations mongo;

    public MongoAdvisoryStore(MongoOperations mongo) {
        this.mongo = mongo;
    }

    @Override
    public boolean addIfKeyFree(Advisory advisory) {
        try {
            mongo.insert(AdvisoryDocument.of(advisory));
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    @Override
    public Optional<Advisory> findAdvisory(String id) {
        return Optional.ofNullable(mongo.findById(id, AdvisoryDocument.class)).map(AdvisoryDocument::toAdvisory);
    }

    @Override
    public Optional<Advisory> findByKey(AccountId requester, String idempotencyKey) {
        return Optional.ofNullable(mongo.findOne(query(where("requestedBy").is(requester.value())
                .and("idempotencyKey").is(idempotencyKey)), AdvisoryDocument.class)).map(AdvisoryDocument::toAdvisory);
    }

    @Override
    public boolean settleIfRequested(Advisory settled) {
        Query requested = query(where("_id").is(settled.id()).and("status").is(Advisory.Status.REQUESTED.name()));
        Update settle = new Update().set("status", settled.status().name()).set("usedHalfHours", settled.usedHalfHours())
                .set("settledAt", settled.settledAt().orElseThrow());
        return mongo.updateFirst(requested, settle, AdvisoryDocument.class).getModifiedCount() == 1;
    }

    @Override
    public List<Advisory> advisoriesOf(MembershipId membership, Optional<Advisory.Cursor> after, int limit) {
        Criteria criteria = where("membershipId").is(membership.value());
        after.ifPresent(cursor -> criteria.orOperator(where("requestedAt").lt(cursor.requestedAt()),
                where("requestedAt").is(cursor.requestedAt()).and("_id").lt(cursor.id())));
        return mongo.find(query(criteria).with(NEWEST_FIRST).limit(limit), AdvisoryDocument.class).stream()
                .map(AdvisoryDocument::toAdvisory).toList();
    }

    @Override
    public long countOf(MembershipId membership) {
        return mongo.count(query(where("membershipId").is(membership.value())), AdvisoryDocument.class);
    }
}
