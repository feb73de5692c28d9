package com.partnerbenefits.domain.contract;

import java.util.Objects;

/** Identity of a support contract inside the service; not one of the credentials a partner presents. */
public record SupportContractId(String value) {

    public SupportContractId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("blank SupportContractId");
        }
    }
}
