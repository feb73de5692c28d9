package com.partnerbenefits.application.port.out;

import com.partnerbenefits.domain.partner.Partner;
import com.partnerbenefits.domain.partner.PartnerId;
import java.util.Optional;

public interface PartnerStore {

    /** Stores the partner unless its MPN ID is taken; atomic under concurrency (unique index). */
    boolean addIfMpnIdFree(Partner partner);

    Optional<Partner> findPartner(PartnerId id);
}
