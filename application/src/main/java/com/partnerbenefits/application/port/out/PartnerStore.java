package com.partnerbenefits.application.port.out;

import com.partnerbenefits.domain.partner.Partner;
import com.partnerbenefits.domain.partner.PartnerId;
import java.time.ZoneId;
import java.util.Optional;

public interface PartnerStore {

    /** Stores the partner unless its MPN ID is taken; atomic under concurrency (unique index). */
    boolean addIfMpnIdFree(Partner partner);

    Optional<Partner> findPartner(PartnerId id);

    /** Sets the given fields (the others stay as they are) in one update; answers the partner as changed. */
    Optional<Partner> updatePartner(PartnerId id, Optional<String> name, Optional<ZoneId> timeZone);
}
