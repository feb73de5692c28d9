package com.partnerbenefits.adapter.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import com.partnerbenefits.application.port.out.PartnerDirectory;
import com.partnerbenefits.domain.partner.Account;
import com.partnerbenefits.domain.partner.AccountId;
import com.partnerbenefits.domain.partner.Partner;
import com.partnerbenefits.domain.partner.PartnerId;
import com.partnerbenefits.domain.shared.Page;
import com.partnerbenefits.domain.shared.SearchText;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * The operators' listings: newest first by {@code _id} (ObjectIds are time-ordered), continuing below
 * the last ID of the previous page, one more than asked to know whether more follow, and a count.
 * The indexes a real MongoDB needs are declared in {@link MongoIndexes}: {@code partner_name} (the
 * name search scans its keys, never the documents), {@code partner_mpn_id} (an anchored prefix is a
 * range on it), {@code account_login} (the login search scans its keys), and {@code account_partner}
 * (a partner's accounts, newest first, straight from the index).
 */
public class MongoPartnerDirectory implements PartnerDirectory {

    private static final Sort NEWEST_FIRST = Sort.by(Sort.Direction.DESC, "_id");

    private final MongoOperations mongo;
    private final DocumentMapper mapper;

    public MongoPartnerDirectory(MongoOperations mongo, DocumentMapper mapper) {
        this.mongo = mongo;
        this.mapper = mapper;
    }

    @Override
    public Page<Partner> partners(Optional<SearchText> search, int first, Optional<PartnerId> after) {
        Criteria matching = search.map(text -> {
            String literal = LiteralPattern.of(text.value());
            return text.value().chars().allMatch(Character::isDigit)
                    ? new Criteria().orOperator(where("name").regex(literal, "i"), where("mpnId").regex("^" + literal))
                    : where("name").regex(literal, "i");
        }).orElseGet(Criteria::new);
        return page(matching, after.map(PartnerId::value), first, PartnerDocument.class, mapper::toPartner);
    }

    /** Logins are stored lower-cased, so a lower-cased search matches in any case without a case-blind pattern. */
    @Override
    public Page<Account> accounts(Optional<SearchText> search, int first, Optional<AccountId> after) {
        Criteria matching = search.map(text -> where("login").regex(LiteralPattern.of(text.value().toLowerCase(Locale.ROOT))))
                .orElseGet(Criteria::new);
        return page(matching, after.map(AccountId::value), first, AccountDocument.class, mapper::toAccount);
    }

    @Override
    public Page<Account> accountsOf(PartnerId partner, int first, Optional<AccountId> after) {
        return page(where("partnerId").is(partner.value()), after.map(AccountId::value), first, AccountDocument.class,
                mapper::toAccount);
    }

    private <D, T> Page<T> page(Criteria matching, Optional<String> after, int first, Class<D> type, Function<D, T> toDomain) {
        long total = mongo.count(new Query(matching), type);
        Query page = new Query(after.map(id -> new Criteria().andOperator(matching, where("_id").lt(id))).orElse(matching))
                .with(NEWEST_FIRST).limit(first + 1);
        List<T> found = mongo.find(page, type).stream().map(toDomain).toList();
        return new Page<>(found.subList(0, Math.min(first, found.size())), found.size() > first, total);
    }
}
