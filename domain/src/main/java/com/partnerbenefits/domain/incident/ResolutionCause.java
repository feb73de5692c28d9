package com.partnerbenefits.domain.incident;

/** Why an incident was resolved; only a defect of the product gives the incident back to its contract. */
public enum ResolutionCause {
    SOLVED,
    /** The cause was a defect of the Microsoft product: the incident is not charged. */
    PRODUCT_DEFECT,
    OTHER
}
