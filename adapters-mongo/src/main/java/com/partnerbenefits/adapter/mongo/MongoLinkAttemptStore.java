package com.partnerbenefits.adapter.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import com.partnerbenefits.application.port.out.LinkAttemptStore;
import com.partnerbenefits.domain.contract.AttemptWindow;
import com.partnerbenefits.domain.partner.AccountId;
import java.time.Instant;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Update;

/**
 * One document per account, changed only by conditional single-document updates: count in the
 * current window, or replace a window that is over. Two requests opening a window at once meet on
 * the unique {@code _id}; the loser counts in the winner's window.
 */
public class MongoLinkAttemptStore implements LinkAttemptStore {

    private static final int RACES = 5;

    private final MongoOperations mongo;

    public MongoLinkAttemptStore(MongoOperations mongo) {
        this.mongo = mongo;
    }

    @Override
    public Optional<Instant> fullWindowStart(AccountId account, Instant now, AttemptWindow window) {
        return Optional.ofNullable(mongo.findOne(query(where("_id").is(account.value())
                        .and("windowStart").gt(window.expiredIfOpenedBy(now)).and("attempts").gte(window.maxFailures())),
                LinkAttemptDocument.class)).map(LinkAttemptDocument::windowStart);
    }

    @Override
    public void recordFailure(AccountId account, Instant now, AttemptWindow window) {
        Instant over = window.expiredIfOpenedBy(now);
        for (int race = 0; race < RACES; race++) {
            if (mongo.updateFirst(query(where("_id").is(account.value()).and("windowStart").gt(over)),
                    new Update().inc("attempts", 1), LinkAttemptDocument.class).getMatchedCount() == 1) {
                return;
            }
            try {
                mongo.findAndModify(query(where("_id").is(account.value()).and("windowStart").lte(over)),
                        Update.update("windowStart", now).set("attempts", 1), FindAndModifyOptions.options().upsert(true),
                        LinkAttemptDocument.class);
                return;
            } catch (DuplicateKeyException raced) {
                // another request opened the window first: count in it
            }
        }
        throw new IllegalStateException("attempt window of " + account.value() + " kept changing under " + RACES + " tries");
    }
}
