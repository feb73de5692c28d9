package com.partnerbenefits.application.port.in;

import com.partnerbenefits.application.port.in.RequestAdvisoryUseCase.Advised;

/**
 * An advisory is settled once, from REQUESTED: a support engineer completes it with the hours used,
 * settled up to the next half hour and what was reserved and not used given back; before that, the
 * account that requested it or the partner's admins withdraw it, and all is given back. Of a completion
 * and a withdrawal racing, one settles; the other is refused ADVISORY_SETTLED. Other refusals:
 * NOT_AUTHORIZED, NOT_FOUND, INVALID_INPUT (negative hours used).
 */
public interface SettleAdvisoryUseCase {

    /** What settling can refuse (besides INVALID_INPUT and NOT_FOUND, see {@link RefusalReason}). */
    enum Reason implements RefusalReason {
        NOT_AUTHORIZED,
        ADVISORY_SETTLED
    }

    Result<Advised, Reason> complete(Viewer viewer, String advisoryId, double hoursUsed);

    Result<Advised, Reason> withdraw(Viewer viewer, String advisoryId);
}
