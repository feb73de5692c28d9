package com.partnerbenefits.application.port.in;

import com.partnerbenefits.domain.contract.SupportContractId;
import com.partnerbenefits.domain.partner.Account;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Who linked what: the viewer's own links, and the accounts linked to a partner's contracts. */
public interface LinkedContractsQuery {

    /** What this query can refuse (besides INVALID_INPUT and NOT_FOUND, see {@link RefusalReason}). */
    enum Reason implements RefusalReason {
        NOT_AUTHORIZED
    }

    record LinkedContract(BenefitContract contract, Instant linkedAt) {
    }

    record AccountLink(Account account, Instant linkedAt) {
    }

    /** When the viewer linked each contract it has linked. */
    Map<SupportContractId, Instant> viewerLinks(Viewer viewer);

    /** The contracts linked to the viewer's account, most recently linked first. */
    List<LinkedContract> linkedContractsOf(Viewer viewer);

    /**
     * The accounts linked to each contract, first linked first, in a constant number of round trips.
     * Refused with NOT_AUTHORIZED unless the viewer is a Global Admin or MPN Partner Admin of the
     * contract's partner (or an operator).
     */
    Map<SupportContractId, Result<List<AccountLink>, Reason>> linkedAccountsOf(Viewer viewer, Set<SupportContractId> contracts);
}
