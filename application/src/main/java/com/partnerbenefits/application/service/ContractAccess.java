package com.partnerbenefits.application.service;

import com.partnerbenefits.application.port.in.Viewer;
import com.partnerbenefits.application.port.out.ContractLinkStore;
import com.partnerbenefits.domain.contract.SupportContract;

/**
 * Who may see a support contract: operators, the partner's MPN-associated accounts, the accounts it is
 * linked to, and support engineers (who work the incidents raised on it).
 */
final class ContractAccess {

    private final ContractLinkStore links;

    ContractAccess(ContractLinkStore links) {
        this.links = links;
    }

    boolean maySee(Viewer viewer, SupportContract contract) {
        return viewer.supportEngineer() || viewer.maySeeBenefitsOf(contract.partnerId()) || isLinkedTo(viewer, contract);
    }

    boolean isLinkedTo(Viewer viewer, SupportContract contract) {
        return links.findLink(contract.id(), viewer.account().id()).isPresent();
    }
}
