package com.partnerbenefits.application.port.in;

import com.partnerbenefits.application.port.in.RaiseIncidentUseCase.Raised;
import com.partnerbenefits.domain.incident.IncidentId;

/**
 * The account that raised an incident withdraws it while it is OPEN (before a support engineer starts
 * work); its incident goes back to the contract. Refusals: NOT_AUTHORIZED (a support token), NOT_FOUND (no such incident of the
 * caller's), INCIDENT_NOT_OPEN.
 */
public interface WithdrawIncidentUseCase {

    /** What withdrawing can refuse (besides INVALID_INPUT and NOT_FOUND, see {@link RefusalReason}). */
    enum Reason implements RefusalReason {
        /** A support token withdraws nothing (SPEC 5.1). */
        NOT_AUTHORIZED,
        INCIDENT_NOT_OPEN
    }

    Result<Raised, Reason> withdraw(Viewer viewer, IncidentId incident);
}
