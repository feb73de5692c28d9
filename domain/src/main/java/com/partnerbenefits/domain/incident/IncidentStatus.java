package com.partnerbenefits.domain.incident;

/** An incident's lifecycle: OPEN → IN_PROGRESS → RESOLVED, or OPEN → WITHDRAWN; it never moves back. */
public enum IncidentStatus {
    OPEN,
    /** A support engineer has started work on it: it can no longer be withdrawn. */
    IN_PROGRESS,
    /** Resolved by a support engineer, with a cause; a product defect gave the incident back. */
    RESOLVED,
    /** Withdrawn by the account that raised it while open; its incident was given back to the contract. */
    WITHDRAWN;

    /** Open for a support engineer to resolve. */
    public boolean resolvable() {
        return this == OPEN || this == IN_PROGRESS;
    }
}
