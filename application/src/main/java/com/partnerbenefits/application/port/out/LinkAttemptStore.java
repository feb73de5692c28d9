package com.partnerbenefits.application.port.out;

import com.partnerbenefits.domain.contract.AttemptWindow;
import com.partnerbenefits.domain.partner.AccountId;
import java.time.Instant;

/**
 * Counts an account's attempts at presenting credentials, in the store so the limit holds across
 * instances and restarts. Every attempt is counted before the credentials are checked (so a burst of
 * concurrent guesses cannot slip past the limit) and released when they turn out right.
 */
public interface LinkAttemptStore {

    /** Whether an attempt may go ahead, and the start of the window it counts in (or that refuses it). */
    record Reservation(boolean granted, Instant windowStart) {
    }

    /** Counts one attempt unless the account's current window is full; opens a new window when it has none. */
    Reservation reserve(AccountId account, Instant now, AttemptWindow window);

    /** Takes back an attempt counted in the window that started at {@code windowStart}, if that is still the current one. */
    void release(AccountId account, Instant windowStart);
}
