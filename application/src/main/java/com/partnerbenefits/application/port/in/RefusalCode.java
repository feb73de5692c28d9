package com.partnerbenefits.application.port.in;

/**
 * The stable codes of every business refusal; clients branch on these, so names never change. Services
 * refuse with their use case's own {@link RefusalReason}s, named after these.
 */
public enum RefusalCode implements RefusalReason {
    NOT_AUTHORIZED,
    ACTIVATION_ROLE_REQUIRED,
    MEMBERSHIP_NOT_ACTIVE,
    INVALID_CONTRACT_CREDENTIALS,
    CONTRACT_EXPIRED,
    CONTRACT_EXHAUSTED,
    CONTRACT_NOT_LINKED,
    PRODUCT_KIND_NOT_COVERED,
    PRODUCT_VERSION_NOT_SUPPORTED,
    NO_INCIDENTS_REMAINING,
    CLOUD_SUPPORT_NOT_INCLUDED,
    IDEMPOTENCY_KEY_REUSED,
    TOO_MANY_ATTEMPTS,
    INVALID_INPUT,
    NOT_FOUND,
    /** Only an OPEN incident can be withdrawn. */
    INCIDENT_NOT_OPEN,
    /** Fewer advisory hours remain on the membership than the request asks for. */
    NO_HOURS_REMAINING,
    /** Only a REQUESTED advisory can be completed or withdrawn. */
    ADVISORY_SETTLED,
    /** Concurrent changes kept winning: nothing changed; retry after {@link Refusal#CONFLICT_RETRY_AFTER} (SPEC 5.1). */
    CONFLICT;

    @Override
    public RefusalCode code() {
        return this;
    }
}
