package com.partnerbenefits.application.port.in;

import com.partnerbenefits.domain.partner.Account;
import com.partnerbenefits.domain.partner.AccountId;

/**
 * Back office: an employee leaves. The account becomes standalone (no partner, roles or associations)
 * on its next request, on every instance; the contracts it linked stay linked until unlinked. Removing
 * a standalone account changes nothing and succeeds, so a retry is safe.
 */
public interface RemoveAccountFromPartnerUseCase {

    /** What removing an account can refuse (besides INVALID_INPUT and NOT_FOUND, see {@link RefusalReason}). */
    enum Reason implements RefusalReason {
        NOT_AUTHORIZED,
        /** Concurrent changes kept winning; retry (SPEC 5.1). */
        CONFLICT
    }

    Result<Account, Reason> removeAccountFromPartner(Viewer viewer, AccountId accountId);
}
