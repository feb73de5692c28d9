package com.partnerbenefits.application.service;

import com.partnerbenefits.domain.notification.ContractName;
import com.partnerbenefits.application.port.out.PartnerStore;
import com.partnerbenefits.application.port.out.SupportContractStore;
import com.partnerbenefits.domain.contract.SupportContract;
import com.partnerbenefits.domain.contract.SupportContractId;
import com.partnerbenefits.domain.partner.Partner;
import com.partnerbenefits.domain.partner.PartnerId;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** How notifications name a contract: by its partner and its benefit (its credentials are never written in a message). */
class ContractNames {

    private final SupportContractStore contracts;
    private final PartnerStore partners;

    ContractNames(SupportContractStore contracts, PartnerStore partners) {
        this.contracts = contracts;
        this.partners = partners;
    }

    Map<SupportContractId, ContractName> of(Collection<SupportContractId> ids) {
        Map<SupportContractId, ContractName> names = new HashMap<>();
        Map<PartnerId, Optional<Partner>> partnersSeen = new HashMap<>();
        for (SupportContract contract : ids.isEmpty() ? java.util.List.<SupportContract>of() : contracts.findContracts(ids).values()) {
            String partner = partnersSeen.computeIfAbsent(contract.partnerId(), partners::findPartner).map(Partner::name).orElse("");
            names.put(contract.id(), new ContractName(partner, contract.benefitId().kind().name()));
        }
        return names;
    }
}
