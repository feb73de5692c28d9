package com.partnerbenefits.domain.incident;

/**
 * Why an incident was resolved. The article's incidents not charged give the incident back to its
 * contract: a defect of the product, a request closed as a duplicate, and a billing, quota or
 * subscription request.
 */
public enum ResolutionCause {
    SOLVED,
    /** The cause was a defect of the Microsoft product: the incident is not charged. */
    PRODUCT_DEFECT,
    OTHER,
    /** Closed as a duplicate of another request: not charged. */
    DUPLICATE,
    /** A billing, quota or subscription request: not charged. */
    BILLING_OR_QUOTA;

    /** Whether an incident resolved for this cause is given back to its contract. */
    public boolean givesIncidentBack() {
        return this == PRODUCT_DEFECT || this == DUPLICATE || this == BILLING_OR_QUOTA;
    }
}
