package com.partnerbenefits.adapter.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import com.partnerbenefits.application.port.out.LinkAttemptStore;
import com.partnerbenefits.domain.contract.AttemptWindow;
import com.partnerbenefits.domain.partner.AccountId;
import java.time.Instant;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Update;

/**
 * One document per account, changed only by conditional single-document updates: count in the
 * current window while it has room, or replace a window that is over. Two requests opening a window
 * at once meet on the unique {@code _id}; the loser counts in the winner's window.
 */
public class MongoLinkAttemptStore implements LinkAttemptStore {

    private static final int RACES = 5;

    private final MongoOperations mongo;

    public MongoLinkAttemptStore(MongoOperations mongo) {
        this.mongo = mongo;
    }

    @Override
    public Reservation reserve(AccountId account, Instant now, AttemptWindow window) {
        Instant over = window.expiredIfOpenedBy(now);
        for (int race = 0; race < RACES; race++) {
            LinkAttemptDocument counted = mongo.findAndModify(
                    query(where("_id").is(account.value()).and("windowStart").gt(over).and("attempts").lt(window.maxFailures())),
                    new Update().inc("attempts", 1), FindAndModifyOptions.options().returnNew(true), LinkAttemptDocument.class);
            if (counted != null) {
                return new Reservation(true, counted.windowStart());
            }
            LinkAttemptDocument current = mongo.findById(account.value(), LinkAttemptDocument.class);
            if (current != null && current.windowStart().isAfter(over)) {
                return new Reservation(false, current.windowStart());
            }
            try {
                LinkAttemptDocument opened = mongo.findAndModify(
                        query(where("_id").is(account.value()).and("windowStart").lte(over)),
                        Update.update("windowStart", now).set("attempts", 1),
                        FindAndModifyOptions.options().returnNew(true).upsert(true), LinkAttemptDocument.class);
                return new Reservation(true, opened.windowStart());
            } catch (DuplicateKeyException raced) {
                // another request opened the window first: count in it
            }
        }
        throw new IllegalStateException("attempt window of " + account.value() + " kept changing under " + RACES + " tries");
    }

    @Override
    public void release(AccountId account, Instant windowStart) {
        mongo.updateFirst(query(where("_id").is(account.value()).and("windowStart").is(windowStart).and("attempts").gt(0)),
                new Update().inc("attempts", -1), LinkAttemptDocument.class);
    }
}
