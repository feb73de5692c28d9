package com.partnerbenefits.application.port.out;

import com.partnerbenefits.domain.contract.AttemptWindow;
import com.partnerbenefits.domain.partner.AccountId;
import java.time.Instant;
import java.util.Optional;

/**
 * Counts an account's failed attempts at presenting credentials per window, in the store, so the
 * limit holds across instances and restarts.
 */
public interface LinkAttemptStore {

    /** The start of the account's current window when it holds the maximum of failures; empty otherwise. */
    Optional<Instant> fullWindowStart(AccountId account, Instant now, AttemptWindow window);

    /** Counts a failure in the account's current window, opening one at {@code now} when there is none. */
    void recordFailure(AccountId account, Instant now, AttemptWindow window);
}
