package com.partnerbenefits.adapter.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import com.partnerbenefits.application.port.out.NotificationInbox;
import com.partnerbenefits.application.port.out.NotificationOutbox;
import com.partnerbenefits.domain.notification.Channel;
import com.partnerbenefits.domain.notification.Delivery;
import com.partnerbenefits.domain.notification.Notification;
import com.partnerbenefits.domain.notification.Occurrence;
import com.partnerbenefits.domain.notification.Recipient;
import com.partnerbenefits.domain.partner.AccountId;
import com.partnerbenefits.domain.shared.Page;
import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/** The outbox and the inbox: inserts under unique keys and single-document conditional updates, nothing read-then-written. */
public class MongoNotificationStore implements NotificationOutbox, NotificationInbox {

    private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("at"), Sort.Order.desc("_id"));

    private final MongoOperations mongo;

    public MongoNotificationStore(MongoOperations mongo) {
        this.mongo = mongo;
        mongo.indexOps(NotificationDocuments.OCCURRENCES).createIndex(new Index().on("fanned", Sort.Direction.ASC)
                .on("at", Sort.Direction.ASC).named("occurrence_awaiting"));
        mongo.indexOps(NotificationDocuments.DELIVERIES).createIndex(new Index().on("channel", Sort.Direction.ASC)
                .on("state", Sort.Direction.ASC).on("nextAttemptAt", Sort.Direction.ASC).named("delivery_due"));
        mongo.indexOps(NotificationDocuments.DELIVERIES).createIndex(new Index().on("recipient", Sort.Direction.ASC)
                .on("channel", Sort.Direction.ASC).on("at", Sort.Direction.DESC).on("_id", Sort.Direction.DESC).named("delivery_inbox"));
    }

    @Override
    public boolean record(Occurrence occurrence) {
        return insert(NotificationDocuments.occurrence(occurrence).append("fanned", false), NotificationDocuments.OCCURRENCES);
    }

    @Override
    public List<Occurrence> awaitingFanOut(int max) {
        Query query = query(where("fanned").is(false)).with(Sort.by("at")).limit(max);
        return mongo.find(query, Document.class, NotificationDocuments.OCCURRENCES).stream().map(NotificationDocuments::toOccurrence)
                .toList();
    }

    @Override
    public void fannedOut(String occurrenceKey) {
        mongo.updateFirst(query(where("_id").is(occurrenceKey)), Update.update("fanned", true), NotificationDocuments.OCCURRENCES);
    }

    @Override
    public boolean add(Delivery delivery) {
        return insert(NotificationDocuments.delivery(delivery), NotificationDocuments.DELIVERIES);
    }

    @Override
    public Optional<Delivery> claimDue(Channel channel, Instant now, Instant leaseUntil, Set<Recipient> busy) {
        Criteria pending = where("channel").is(channel.name()).and("state").is(Delivery.State.PENDING.name())
                .and("nextAttemptAt").lte(Date.from(now));
        if (!busy.isEmpty()) {
            pending = pending.and("recipient").nin(busy.stream().map(Recipient::value).toList());
        }
        Query due = query(pending).with(Sort.by("nextAttemptAt"));
        Update claim = new Update().inc("attempts", 1).set("nextAttemptAt", Date.from(leaseUntil));
        return Optional.ofNullable(mongo.findAndModify(due, claim, FindAndModifyOptions.options().returnNew(true), Document.class,
                NotificationDocuments.DELIVERIES)).map(NotificationDocuments::toDelivery);
    }

    @Override
    public boolean settle(Delivery attempted) {
        Update outcome = new Update().set("state", attempted.state().name()).set("nextAttemptAt", Date.from(attempted.nextAttemptAt()));
        attempted.attemptedAt().ifPresent(at -> outcome.set("attemptedAt", Date.from(at)));
        attempted.statusCode().ifPresentOrElse(status -> outcome.set("statusCode", status), () -> outcome.unset("statusCode"));
        return mongo.updateFirst(query(where("_id").is(attempted.key()).and("attempts").is(attempted.attempts())), outcome,
                NotificationDocuments.DELIVERIES).getModifiedCount() == 1;
    }

    @Override
    public List<Delivery> deliveriesTo(Recipient recipient, int max) {
        Query query = query(where("recipient").is(recipient.value()).and("attemptedAt").exists(true))
                .with(Sort.by(Sort.Order.desc("attemptedAt"))).limit(max);
        return mongo.find(query, Document.class, NotificationDocuments.DELIVERIES).stream().map(NotificationDocuments::toDelivery).toList();
    }

    @Override
    public Page<Notification> notifications(Set<Recipient> to, AccountId reader, boolean unreadOnly, int first, Optional<String> after) {
        Criteria inbox = inbox(to, reader, unreadOnly);
        long total = mongo.count(query(inbox), NotificationDocuments.DELIVERIES);
        Criteria page = after.flatMap(this::position).map(cursor -> new Criteria().andOperator(inbox, new Criteria().orOperator(
                where("at").lt(cursor.getDate("at")),
                where("at").is(cursor.getDate("at")).and("_id").lt(String.valueOf(cursor.get("_id")))))).orElse(inbox);
        List<Document> found = mongo.find(query(page).with(NEWEST_FIRST).limit(first + 1), Document.class,
                NotificationDocuments.DELIVERIES);
        List<Notification> items = found.stream().limit(first).map(document -> new Notification(String.valueOf(document.get("_id")),
                NotificationDocuments.toOccurrence(document.get("occurrence", Document.class)),
                document.getList("readBy", String.class, List.of()).contains(reader.value()))).toList();
        return new Page<>(items, found.size() > first, total);
    }

    @Override
    public long unread(Set<Recipient> to, AccountId reader) {
        return mongo.count(query(inbox(to, reader, true)), NotificationDocuments.DELIVERIES);
    }

    @Override
    public int markRead(Set<Recipient> to, AccountId reader, Collection<String> ids) {
        Query mine = query(inbox(to, reader, false).and("_id").in(ids));
        int found = (int) mongo.count(mine, NotificationDocuments.DELIVERIES);
        mongo.updateMulti(mine, new Update().addToSet("readBy", reader.value()), NotificationDocuments.DELIVERIES);
        return found;
    }

    private Optional<Document> position(String id) {
        Query query = query(where("_id").is(id));
        query.fields().include("at");
        return Optional.ofNullable(mongo.findOne(query, Document.class, NotificationDocuments.DELIVERIES));
    }

    private static Criteria inbox(Set<Recipient> to, AccountId reader, boolean unreadOnly) {
        Criteria inbox = where("recipient").in(to.stream().map(Recipient::value).toList()).and("channel").is(Channel.IN_PRODUCT.name());
        return unreadOnly ? inbox.and("readBy").ne(reader.value()) : inbox;
    }

    private boolean insert(Document document, String collection) {
        try {
            mongo.insert(document, collection);
            return true;
        } catch (DuplicateKeyException taken) {
            return false;
        }
    }
}
