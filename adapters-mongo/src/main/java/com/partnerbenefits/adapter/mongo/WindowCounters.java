package com.partnerbenefits.adapter.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Fixed-window counters, one document per key, changed only by conditional single-document
 * updates: count in the current window, or replace a window that is over. Two requests opening a
 * window at once meet on the unique {@code _id}; the loser counts in the winner's window. The
 * counts therefore hold across instances and restarts.
 */
final class WindowCounters {

    private static final int RACES = 5;

    private final MongoOperations mongo;

    WindowCounters(MongoOperations mongo) {
        this.mongo = mongo;
    }

    /** The start of the key's current window when it holds {@code max} or more; empty otherwise. */
    Optional<Instant> fullWindowStart(String key, Instant now, Duration window, int max) {
        return Optional.ofNullable(mongo.findOne(query(current(key, now, window).and("attempts").gte(max)),
                WindowCounterDocument.class)).map(WindowCounterDocument::windowStart);
    }

    /** Counts one, whatever the count. */
    void count(String key, Instant now, Duration window) {
        countBelow(key, now, window, Integer.MAX_VALUE);
    }

    /** Counts one unless the current window holds {@code max} already; answers that window's start when it does. */
    Optional<Instant> countBelow(String key, Instant now, Duration window, int max) {
        return countBelow(key, now, window, max, 1);
    }

    /**
     * Counts {@code count} unless the current window would then hold more than {@code max}; answers that window's
     * start when it would (a new window is answered too, when {@code count} alone is over {@code max}).
     */
    Optional<Instant> countBelow(String key, Instant now, Duration window, int max, int count) {
        if (count > max) {
            return Optional.of(now);
        }
        for (int race = 0; race < RACES; race++) {
            if (mongo.updateFirst(query(current(key, now, window).and("attempts").lte(max - count)),
                    new Update().inc("attempts", count), WindowCounterDocument.class).getMatchedCount() == 1) {
                return Optional.empty();
            }
            Optional<Instant> full = fullWindowStart(key, now, window, max - count + 1);
            if (full.isPresent()) {
                return full;
            }
            try {
                mongo.findAndModify(query(where("_id").is(key).and("windowStart").lte(now.minus(window))),
                        Update.update("windowStart", now).set("attempts", count), FindAndModifyOptions.options().upsert(true),
                        WindowCounterDocument.class);
                return Optional.empty();
            } catch (DuplicateKeyException raced) {
                // another request opened the window first: count in it
            }
        }
        throw new IllegalStateException("window of " + key + " kept changing under " + RACES + " tries");
    }

    private static Criteria current(String key, Instant now, Duration window) {
        return where("_id").is(key).and("windowStart").gt(now.minus(window));
    }
}
