package com.partnerbenefits.adapter.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import com.partnerbenefits.application.port.out.ContractHistoryStore;
import com.partnerbenefits.domain.contract.ContractEvent;
import com.partnerbenefits.domain.contract.ContractEventKind;
import com.partnerbenefits.domain.contract.SupportContractId;
import com.partnerbenefits.domain.partner.AccountId;
import com.partnerbenefits.domain.shared.Page;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * The history, one document per line in {@code contract_history} ({@code _id}: the contract and the line's key), so no
 * line is ever pushed out by others and a page is read by an index. Without transactions a line is
 * written in two steps: the update that makes the change also pushes the line to the changed document's
 * {@code historyOutbox}; the line is then inserted here (once: by its key) and pulled off the outbox.
 * A reader first delivers whatever an interrupted writer left in the contract's outboxes, so a line can
 * be neither lost nor written twice, and the outboxes stay empty between changes.
 */
public class MongoContractHistoryStore implements ContractHistoryStore {

    static final String COLLECTION = "contract_history";
    static final String OUTBOX = "historyOutbox";

    private final MongoOperations mongo;

    public MongoContractHistoryStore(MongoOperations mongo) {
        this.mongo = mongo;
    }

    /** The change's update, also pushing its history line to the outbox of the document it changes. */
    static Update carrying(Update change, ContractEvent line) {
        return change.push(OUTBOX, ContractEvents.toDocument(line));
    }

    /** Records the line (once) and takes it off the outboxes of the documents {@code changed} matches. */
    static void deliver(MongoOperations mongo, String collection, Query changed, SupportContractId contract, ContractEvent line) {
        record(mongo, contract.value(), line);
        mongo.updateMulti(changed, new Update().pull(OUTBOX, new Document("key", line.key())), collection);
    }

    @Override
    public Page<ContractEvent> history(SupportContractId contract, int first, Optional<Place> after) {
        deliverPending(ContractLinkDocument.COLLECTION, where("contractId").is(contract.value()), contract);
        deliverPending(SupportContractDocument.COLLECTION, where("_id").is(contract.value()), contract);
        Criteria lines = where("contractId").is(contract.value());
        Criteria page = after.map(place -> new Criteria().andOperator(lines, new Criteria().orOperator(
                where("at").lt(Date.from(place.at())),
                where("at").is(Date.from(place.at())).and("key").lt(place.key())))).orElse(lines);
        List<Document> found = mongo.find(query(page).with(Sort.by(Sort.Order.desc("at"), Sort.Order.desc("key"))).limit(first + 1),
                Document.class, COLLECTION);
        long total = mongo.count(query(lines), COLLECTION);
        return new Page<>(found.stream().limit(first).map(MongoContractHistoryStore::toEvent).toList(), found.size() > first, total);
    }

    /**
     * Data stored before the history had its own collection: each contract's activation and the lines
     * its documents held in {@code events} (capped then) go to the outboxes, which the next read delivers.
     */
    static void moveEmbeddedLines(MongoOperations mongo) {
        Query contracts = new Query();
        contracts.fields().include("activatedAt", "activatedBy", "events");
        for (Document contract : mongo.find(contracts, Document.class, SupportContractDocument.COLLECTION)) {
            SupportContractId id = new SupportContractId(String.valueOf(contract.get("_id")));
            List<Object> lines = new java.util.ArrayList<>(contract.getList("events", Document.class, List.of()));
            lines.add(0, mongo.getConverter().convertToMongoType(ContractEvents.toDocument(ContractEvent.activated(id,
                    contract.getDate("activatedAt").toInstant(), Optional.ofNullable(contract.getString("activatedBy")).map(AccountId::new)))));
            mongo.updateFirst(query(where("_id").is(contract.get("_id"))), new Update().push(OUTBOX).each(lines.toArray()).unset("events"),
                    SupportContractDocument.COLLECTION);
        }
        Query links = query(where("events.0").exists(true));
        links.fields().include("events");
        for (Document link : mongo.find(links, Document.class, ContractLinkDocument.COLLECTION)) {
            mongo.updateFirst(query(where("_id").is(link.get("_id"))),
                    new Update().push(OUTBOX).each(link.getList("events", Document.class).toArray()).unset("events"),
                    ContractLinkDocument.COLLECTION);
        }
    }

    /** What a writer interrupted between its change and the delivery of its line left behind. */
    private void deliverPending(String collection, Criteria ofContract, SupportContractId contract) {
        Query pending = query(ofContract.and(OUTBOX + ".0").exists(true));
        pending.fields().include(OUTBOX);
        for (Document document : mongo.find(pending, Document.class, collection)) {
            for (Document line : document.getList(OUTBOX, Document.class)) {
                deliver(mongo, collection, query(where("_id").is(document.get("_id"))), contract,
                        ContractEvents.toEvent(mongo.getConverter().read(ContractEventDocument.class, line)));
            }
        }
    }

    private static void record(MongoOperations mongo, String contract, ContractEvent line) {
        Document document = new Document("_id", contract + "/" + line.key()).append("contractId", contract).append("key", line.key())
                .append("kind", line.kind().name())
                .append("at", Date.from(line.at())).append("actor", line.actor().map(AccountId::value).orElse(null))
                .append("account", line.account().map(AccountId::value).orElse(null));
        try {
            mongo.insert(document, COLLECTION);
        } catch (DuplicateKeyException recordedAlready) {
            // delivered by another reader or a retry: once is enough
        }
    }

    private static ContractEvent toEvent(Document line) {
        return new ContractEvent(line.getString("key"), ContractEventKind.valueOf(line.getString("kind")), line.getDate("at").toInstant(),
                Optional.ofNullable(line.getString("actor")).map(AccountId::new),
                Optional.ofNullable(line.getString("account")).map(AccountId::new));
    }
}
