package com.partnerbenefits.domain.notification;

/** What a notification tells (SPEC §5.3). */
public enum NotificationKind {
    /** A limited contract's remaining incidents fell to the low threshold. */
    INCIDENTS_LOW,
    /** A limited contract's last incident was taken. */
    INCIDENTS_EXHAUSTED,
    /** A contract ends in 30 (then 7) days. */
    CONTRACT_EXPIRING,
    /** An incident was resolved: told to whoever raised it. */
    INCIDENT_RESOLVED,
    /** A severity A incident was raised: told to the support engineers. */
    INCIDENT_RAISED,
    /** A first response is due within 30 minutes and none was given: told to the support engineers. */
    FIRST_RESPONSE_DUE_SOON;

    /** Contract events go to the partner's admins and the accounts that linked the contract. */
    public boolean aboutContract() {
        return this == INCIDENTS_LOW || this == INCIDENTS_EXHAUSTED || this == CONTRACT_EXPIRING;
    }

    /** Events the support engineers are told of. */
    public boolean forSupportDesk() {
        return this == INCIDENT_RAISED || this == FIRST_RESPONSE_DUE_SOON;
    }
}
