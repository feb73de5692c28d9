package com.partnerbenefits.application.fake;


import com.partnerbenefits.application.port.out.PartnerStore;
import com.partnerbenefits.domain.partner.Partner;
import com.partnerbenefits.domain.partner.PartnerId;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Partners in memory, one per MPN ID, like the store's unique index. */
public class InMemoryPartnerStore implements PartnerStore {

    private final Map<PartnerId, Partner> partners = new ConcurrentHashMap<>();
    private final Map<String, PartnerId> partnerByMpnId = new ConcurrentHashMap<>();

    @Override
    public boolean addIfMpnIdFree(Partner partner) {
        if (partnerByMpnId.putIfAbsent(partner.mpnId().value(), partner.id()) != null) {
            return false;
        }
        partners.put(partner.id(), partner);
        return true;
    }

    @Override
    public Optional<Partner> findPartner(PartnerId id) {
        return Optional.ofNullable(partners.get(id));
    }

    @Override
    public Optional<Partner> updatePartner(PartnerId id, Optional<String> name, Optional<java.time.ZoneId> timeZone) {
        return Optional.ofNullable(partners.computeIfPresent(id, (key, partner) -> new Partner(partner.id(),
                name.orElse(partner.name()), partner.mpnId(), partner.registeredAt(), timeZone.orElse(partner.timeZone()))));
    }

    /** Every partner, for the operator's listings. */
    java.util.Collection<Partner> all() {
        return partners.values();
    }
}
