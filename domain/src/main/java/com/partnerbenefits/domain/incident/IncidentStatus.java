package com.partnerbenefits.domain.incident;

public enum IncidentStatus {
    OPEN,
    /** Withdrawn by the account that raised it while open; its incident was given back to the contract. */
    WITHDRAWN
}
