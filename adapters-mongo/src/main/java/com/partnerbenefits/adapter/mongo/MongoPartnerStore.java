package com.partnerbenefits.adapter.mongo;

import com.partnerbenefits.application.port.out.PartnerStore;
import com.partnerbenefits.domain.partner.Partner;
import com.partnerbenefits.domain.partner.PartnerId;
import java.time.ZoneId;
import java.util.Optional;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoOperations;

public class MongoPartnerStore implements PartnerStore {

    private final MongoOperations mongo;
    private final DocumentMapper mapper;

    public MongoPartnerStore(MongoOperations mongo, DocumentMapper mapper) {
        this.mongo = mongo;
        this.mapper = mapper;
    }

    @Override
    public boolean addIfMpnIdFree(Partner partner) {
        try {
            mongo.insert(mapper.toDocument(partner));
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    @Override
    public Optional<Partner> findPartner(PartnerId id) {
        return Optional.ofNullable(mongo.findById(id.value(), PartnerDocument.class)).map(mapper::toPartner);
    }

    @Override
    public Optional<Partner> updatePartner(PartnerId id, Optional<String> name, Optional<ZoneId> timeZone) {
        Update changes = new Update();
        name.ifPresent(value -> changes.set("name", value));
        timeZone.ifPresent(zone -> changes.set("timeZone", zone.getId()));
        if (changes.getUpdateObject().isEmpty()) {
            return findPartner(id);
        }
        return Optional.ofNullable(mongo.findAndModify(Query.query(Criteria.where("_id").is(id.value())), changes,
                FindAndModifyOptions.options().returnNew(true), PartnerDocument.class)).map(mapper::toPartner);
    }
}
