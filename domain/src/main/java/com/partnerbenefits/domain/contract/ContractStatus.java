package com.partnerbenefits.domain.contract;

/** Derived on every read from the end date and the remaining count; never stored. */
public enum ContractStatus {
    ACTIVE,
    /** Past its end date, whether the membership ran out or an operator ended it early. */
    EXPIRED,
    /** No incidents left. */
    EXHAUSTED
}
