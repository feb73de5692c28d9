package com.partnerbenefits.domain.partner;

import java.util.Objects;

/** Identity of a partner inside the service (never shown to clients unencoded). */
public record PartnerId(String value) {

    public PartnerId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("blank PartnerId");
        }
    }
}
