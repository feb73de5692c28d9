package com.partnerbenefits.domain.partner;

import java.util.Objects;

/** Identity of an account inside the service (never shown to clients unencoded). */
public record AccountId(String value) {

    public AccountId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("blank AccountId");
        }
    }
}
