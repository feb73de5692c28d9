package com.partnerbenefits.application.port.out;

import com.partnerbenefits.domain.contract.AccessId;
import com.partnerbenefits.domain.contract.ContractEvent;
import com.partnerbenefits.domain.contract.ContractLink;
import com.partnerbenefits.domain.contract.SupportContractId;
import com.partnerbenefits.domain.partner.AccountId;
import java.util.List;
import java.util.Optional;

/**
 * A link's life: claimed with a pair of credentials (pending, invisible to every reader), confirmed,
 * revoked. Each change is one conditional update of the link's own document, which also records the
 * change's history line ({@link ContractHistoryStore}), so a line can neither be lost nor written twice. A pending claim lets a
 * credential rotation reject the links still in flight with the old pair.
 */
public interface LinkLifecycleStore {

    /**
     * Claims the link as pending, made with {@code presented}; answers false when the account's link
     * to that contract is in force already (nothing changes then).
     */
    boolean claim(ContractLink link, AccessId presented);

    /** Puts a pending claim made with {@code presented} in force and records the event; false if it is no longer pending. */
    boolean confirm(SupportContractId contract, AccountId account, AccessId presented, ContractEvent linked);

    /** Rejects every pending claim on the contract made with {@code stale}, which is no longer its Access ID. */
    void rejectPending(SupportContractId contract, AccessId stale);

    /** Revokes the link in force and records the event, once; answers the revoked link, or empty when none was in force. */
    Optional<ContractLink> unlink(SupportContractId contract, AccountId account, ContractEvent unlinked);
}
