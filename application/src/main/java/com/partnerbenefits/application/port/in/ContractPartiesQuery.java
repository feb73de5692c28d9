package com.partnerbenefits.application.port.in;

import com.partnerbenefits.domain.incident.IncidentId;
import com.partnerbenefits.domain.partner.Account;
import com.partnerbenefits.domain.partner.PartnerId;
import java.util.Map;
import java.util.Set;

/** Whose plan a contract is, and who raised an incident (SPEC 5.4), each page's in one batch. */
public interface ContractPartiesQuery {

    /**
     * The names of these partners. Asked only for contracts the caller was answered, so whoever sees a
     * contract sees whose it is (an account that linked it from outside too), and nothing more of that partner.
     */
    Map<PartnerId, String> partnerNamesOf(Set<PartnerId> partners);

    /**
     * Who raised each of these incidents, for those the caller may know it of (the contract's partner's
     * members, support engineers, operators, the raiser), shown as the access policy lets the caller see the account.
     */
    Map<IncidentId, Account> raisersOf(Viewer viewer, Set<IncidentId> incidents);
}
