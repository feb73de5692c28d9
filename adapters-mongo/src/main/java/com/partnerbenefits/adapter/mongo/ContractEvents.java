package com.partnerbenefits.adapter.mongo;

import com.partnerbenefits.domain.contract.ContractEvent;
import com.partnerbenefits.domain.contract.ContractEventKind;
import com.partnerbenefits.domain.partner.AccountId;
import java.util.Optional;

/** History lines ↔ their documents. */
final class ContractEvents {

    private ContractEvents() {
    }

    static ContractEventDocument toDocument(ContractEvent event) {
        return new ContractEventDocument(event.key(), event.kind().name(), event.at(),
                event.actor().map(AccountId::value).orElse(null), event.account().map(AccountId::value).orElse(null));
    }

    static ContractEvent toEvent(ContractEventDocument document) {
        return new ContractEvent(document.key(), ContractEventKind.valueOf(document.kind()), document.at(),
                Optional.ofNullable(document.actor()).map(AccountId::new),
                Optional.ofNullable(document.account()).map(AccountId::new));
    }
}
