package com.partnerbenefits.domain.membership;

import java.util.Objects;

/** Identity of a membership inside the service (never shown to clients unencoded). */
public record MembershipId(String value) {

    public MembershipId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("blank MembershipId");
        }
    }
}
