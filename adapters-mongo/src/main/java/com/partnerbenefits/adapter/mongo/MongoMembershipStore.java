package com.partnerbenefits.adapter.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import com.partnerbenefits.application.port.out.MembershipStore;
import com.partnerbenefits.domain.membership.Membership;
import com.partnerbenefits.domain.membership.MembershipId;
import com.partnerbenefits.domain.partner.PartnerId;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

public class MongoMembershipStore implements MembershipStore {

    /** Newest start first, then the greater ID first: the order the store sorted them in before. */
    private static final Comparator<Membership> NEWEST_FIRST = Comparator.comparing(Membership::startsOn)
            .thenComparing(membership -> membership.id().value()).reversed();

    private final MongoOperations mongo;
    private final DocumentMapper mapper;

    public MongoMembershipStore(MongoOperations mongo, DocumentMapper mapper) {
        this.mongo = mongo;
        this.mapper = mapper;
    }

    @Override
    public void addMembership(Membership membership) {
        PartnerMemberships.add(mongo, membership.partnerId().value(), membership.id().value());
        mongo.insert(mapper.toDocument(membership));
    }

    @Override
    public Optional<Membership> findMembership(MembershipId id) {
        return Optional.ofNullable(mongo.findOne(withoutAdvisoryLedger(query(where("_id").is(id.value()))),
                MembershipDocument.class)).map(mapper::toMembership);
    }

    @Override
    public Map<MembershipId, Membership> findMemberships(Collection<MembershipId> ids) {
        List<String> values = ids.stream().map(MembershipId::value).distinct().toList();
        return mongo.find(OneBatch.of(withoutAdvisoryLedger(query(where("_id").in(values)))), MembershipDocument.class)
                .stream().map(mapper::toMembership).collect(Collectors.toMap(Membership::id, membership -> membership));
    }

    /** Two round trips on unique keys: the partners' lists of IDs, then those memberships (see PartnerMemberships). */
    @Override
    public Map<PartnerId, List<Membership>> membershipsOf(Collection<PartnerId> partners) {
        List<String> ids = partners.stream().map(PartnerId::value).distinct().toList();
        List<String> held = PartnerMemberships.of(mongo, ids).values().stream().flatMap(List::stream).distinct().toList();
        Map<PartnerId, List<Membership>> found = held.isEmpty() ? new LinkedHashMap<>() : mongo
                .find(OneBatch.of(withoutAdvisoryLedger(query(where("_id").in(held)))), MembershipDocument.class)
                .stream()
                .map(mapper::toMembership)
                .sorted(NEWEST_FIRST)
                .collect(Collectors.groupingBy(Membership::partnerId, LinkedHashMap::new, Collectors.toList()));
        partners.forEach(partner -> found.putIfAbsent(partner, List.of()));
        return found;
    }

    @Override
    public Optional<Membership> moveEndEarlier(MembershipId id, LocalDate endsOn) {
        String end = endsOn.toString();
        MembershipDocument moved = mongo.findAndModify(query(where("_id").is(id.value()).and("endsOn").gt(end)),
                Update.update("endsOn", end), FindAndModifyOptions.options().returnNew(true), MembershipDocument.class);
        return moved != null ? Optional.of(mapper.toMembership(moved)) : findMembership(id);
    }

    /** ISO dates compare as strings; a real MongoDB uses the endsOn index. */
    @Override
    public List<Membership> endingBetween(LocalDate from, LocalDate to) {
        return mongo.find(query(where("endsOn").gte(from.toString()).lte(to.toString())), MembershipDocument.class).stream()
                .map(mapper::toMembership).toList();
    }

    /** Memberships are read without their advisory-hours ledger, which only {@link MongoAdvisoryHoursStore} reads. */
    static Query withoutAdvisoryLedger(Query query) {
        query.fields().exclude(MongoAdvisoryHoursStore.LEDGER, MongoAdvisoryHoursStore.SETTLED);
        return query;
    }
}
