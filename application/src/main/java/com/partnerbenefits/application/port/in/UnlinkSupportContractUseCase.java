package com.partnerbenefits.application.port.in;

import com.partnerbenefits.domain.contract.SupportContractId;
import com.partnerbenefits.domain.partner.AccountId;

/**
 * Revokes an account's link to a support contract: the contract's partner's Global Admins and MPN
 * Partner Admins, or the linked account itself. The account may link again with the credentials. An
 * account without a link is NOT_FOUND on {@code accountId}; anyone else is NOT_AUTHORIZED.
 */
public interface UnlinkSupportContractUseCase {

    /** What unlinking can refuse (besides INVALID_INPUT and NOT_FOUND, see {@link RefusalReason}). */
    enum Reason implements RefusalReason {
        NOT_AUTHORIZED
    }

    Result<BenefitContract, Reason> unlink(Viewer viewer, SupportContractId contract, AccountId account);
}
