package com.partnerbenefits.application.port.out;

import com.partnerbenefits.domain.contract.ContractEvent;
import com.partnerbenefits.domain.contract.SupportContractId;
import com.partnerbenefits.domain.shared.Page;
import java.time.Instant;
import java.util.Optional;

/**
 * A contract's history, every line kept for as long as the contract exists (SPEC 5.1): each line is its
 * own record, written once by the change it records ({@link LinkLifecycleStore}, {@link ContractControlStore}),
 * never replaced or pushed out by later ones, and read a page at a time from the store.
 */
public interface ContractHistoryStore {

    /** Where a page ended: the last line's time and key. */
    record Place(Instant at, String key) {
    }

    /** The lines newest first (by time, then key), after {@code after} if given, {@code first} of them; and how many there are. */
    Page<ContractEvent> history(SupportContractId contract, int first, Optional<Place> after);
}
