package com.partnerbenefits.domain.incident;

import java.util.Objects;

public record IncidentId(String value) {

    public IncidentId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("blank IncidentId");
        }
    }
}
