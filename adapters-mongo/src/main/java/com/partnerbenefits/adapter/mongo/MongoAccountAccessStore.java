package com.partnerbenefits.adapter.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import com.partnerbenefits.application.port.out.AccountAccessStore;
import com.partnerbenefits.domain.partner.Account;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Update;

/** One conditional update on the account: only while it is in the partner the change was decided for. */
public class MongoAccountAccessStore implements AccountAccessStore {

    private final MongoOperations mongo;
    private final DocumentMapper mapper;

    public MongoAccountAccessStore(MongoOperations mongo, DocumentMapper mapper) {
        this.mongo = mongo;
        this.mapper = mapper;
    }

    @Override
    public boolean replaceAccessIf(Account current, Account changed) {
        AccountDocument wanted = mapper.toDocument(changed);
        Update change = new Update().set("partnerId", wanted.partnerId()).set("roles", wanted.roles())
                .set("associations", wanted.associations());
        return mongo.updateFirst(query(where("_id").is(current.id().value()).and("partnerId")
                .is(mapper.partnerIdValue(current.partnerId()))), change, AccountDocument.class).getMatchedCount() == 1;
    }
}
