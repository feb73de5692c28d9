package com.partnerbenefits.adapter.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import com.partnerbenefits.application.port.out.AdvisoryHoursStore;
import com.partnerbenefits.domain.advisory.AdvisoryHoursUsage;
import com.partnerbenefits.domain.advisory.AdvisoryLine;
import com.partnerbenefits.domain.membership.Membership;
import com.partnerbenefits.domain.membership.MembershipId;
import com.partnerbenefits.domain.partner.AccountId;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * A membership's advisory hours, kept on its document: {@code advisoryHalfHoursRemaining}, the ledger
 * {@code advisoryLedger} and, beside it so a give-back's condition is one query, {@code advisorySettled}
 * (the advisories given back). Each change is one conditional update of that one document.
 */
public class MongoAdvisoryHoursStore implements AdvisoryHoursStore {

    static final String REMAINING = "advisoryHalfHoursRemaining";
    static final String LEDGER = "advisoryLedger";
    static final String SETTLED = "advisorySettled";

    private final MongoOperations mongo;
    private final DocumentMapper mapper;

    public MongoAdvisoryHoursStore(MongoOperations mongo, DocumentMapper mapper) {
        this.mongo = mongo;
        this.mapper = mapper;
    }

    /** The reservation's condition (enough half hours remain) and its change, in one findAndModify. */
    @Override
    public Optional<Membership> reserve(AdvisoryHoursUsage.Reserve reserve) {
        Query query = MongoMembershipStore.withoutAdvisoryLedger(query(where("_id").is(reserve.membership().value())
                .and(REMAINING).gte(reserve.halfHours())));
        Update change = new Update().inc(REMAINING, reserve.delta()).push(LEDGER, line(reserve.line()));
        return Optional.ofNullable(mongo.findAndModify(query, change, FindAndModifyOptions.options().returnNew(true),
                MembershipDocument.class)).map(mapper::toMembership);
    }

    /** The give-back's condition (reserved per the ledger, not in {@code advisorySettled}) and its change, in one update. */
    @Override
    public boolean giveBack(AdvisoryHoursUsage.GiveBack giveBack) {
        String advisory = giveBack.advisory();
        Query query = query(where("_id").is(giveBack.membership().value())
                .and(LEDGER).elemMatch(where("kind").is(AdvisoryLine.Kind.RESERVED.name()).and("advisory").is(advisory))
                .and(SETTLED).ne(advisory));
        Update change = new Update().inc(REMAINING, giveBack.delta()).push(LEDGER, line(giveBack.line()))
                .addToSet(SETTLED, advisory);
        return mongo.updateFirst(query, change, MembershipDocument.class).getModifiedCount() == 1;
    }

    @Override
    public List<AdvisoryLine> advisoryLedgerOf(MembershipId membership) {
        Query query = query(where("_id").is(membership.value()));
        query.fields().include(LEDGER);
        Document document = mongo.findOne(query, Document.class, MembershipDocument.COLLECTION);
        List<Document> lines = document == null ? null : document.getList(LEDGER, Document.class);
        return lines == null ? List.of() : lines.stream().map(MongoAdvisoryHoursStore::line).toList();
    }

    private static Document line(AdvisoryLine line) {
        return new Document("kind", line.kind().name()).append("advisory", line.advisory())
                .append("halfHours", line.halfHours()).append("by", line.by().value()).append("at", Date.from(line.at()));
    }

    private static AdvisoryLine line(Document line) {
        return new AdvisoryLine(AdvisoryLine.Kind.valueOf(line.getString("kind")), line.getString("advisory"),
                line.getInteger("halfHours"), new AccountId(line.getString("by")), line.getDate("at").toInstant());
    }
}
