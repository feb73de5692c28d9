package com.partnerbenefits.domain.product;

import java.util.Objects;

/** Identity of a product inside the service (never shown to clients unencoded). */
public record ProductId(String value) {

    public ProductId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("blank ProductId");
        }
    }
}
