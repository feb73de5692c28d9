package com.partnerbenefits.adapter.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import com.partnerbenefits.application.port.out.AccountStore;
import com.partnerbenefits.domain.partner.Account;
import com.partnerbenefits.domain.partner.AccountId;
import com.partnerbenefits.domain.partner.Login;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Update;

public class MongoAccountStore implements AccountStore {

    private final MongoOperations mongo;
    private final DocumentMapper mapper;

    public MongoAccountStore(MongoOperations mongo, DocumentMapper mapper) {
        this.mongo = mongo;
        this.mapper = mapper;
    }

    @Override
    public Account findOrRecord(Account firstSeen) {
        try {
            mongo.insert(mapper.toDocument(firstSeen));
            return firstSeen;
        } catch (DuplicateKeyException raceLost) {
            // another request recorded the same login first: the unique index keeps one account
            return findByLogin(firstSeen.login()).orElseThrow(() -> raceLost);
        }
    }

    @Override
    public Optional<Account> findByLogin(Login login) {
        return Optional.ofNullable(mongo.findOne(query(where("login").is(login.value())), AccountDocument.class))
                .map(mapper::toAccount);
    }

    @Override
    public Optional<Account> findAccount(AccountId id) {
        return Optional.ofNullable(mongo.findById(id.value(), AccountDocument.class)).map(mapper::toAccount);
    }

    @Override
    public Map<AccountId, Account> findAccounts(Collection<AccountId> ids) {
        List<String> values = ids.stream().map(AccountId::value).distinct().toList();
        return mongo.find(OneBatch.of(query(where("_id").in(values))), AccountDocument.class)
                .stream().map(mapper::toAccount).collect(Collectors.toMap(Account::id, account -> account));
    }

    @Override
    public Optional<Account> registerPartnerAccount(Account account) {
        Optional<Account> adopted = adoptStandalone(account);
        if (adopted.isPresent()) {
            return adopted;
        }
        try {
            mongo.insert(mapper.toDocument(account));
            return Optional.of(account);
        } catch (DuplicateKeyException loginTaken) {
            // taken by a partner account, or by a standalone one recorded since the first attempt
            return adoptStandalone(account);
        }
    }

    /** One conditional update: only an account that still belongs to no partner is adopted. */
    private Optional<Account> adoptStandalone(Account account) {
        AccountDocument wanted = mapper.toDocument(account);
        Update adopt = new Update()
                .set("kind", wanted.kind())
                .set("partnerId", wanted.partnerId())
                .set("roles", wanted.roles())
                .set("associations", wanted.associations());
        AccountDocument adopted = mongo.findAndModify(
                query(where("login").is(wanted.login()).and("partnerId").is(null)), adopt,
                FindAndModifyOptions.options().returnNew(true), AccountDocument.class);
        return Optional.ofNullable(adopted).map(mapper::toAccount);
    }
}
