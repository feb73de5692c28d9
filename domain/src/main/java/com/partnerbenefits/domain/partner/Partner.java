package com.partnerbenefits.domain.partner;

import com.partnerbenefits.domain.shared.Validation;
import java.time.Instant;
import java.util.Objects;

/** A partner organisation in the programme. */
public record Partner(PartnerId id, String name, MpnId mpnId, Instant registeredAt) {

    public static final int MAX_NAME_LENGTH = 200;

    public Partner {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(mpnId, "mpnId");
        Objects.requireNonNull(registeredAt, "registeredAt");
        Validation validation = new Validation();
        validation.text("name", name, 1, MAX_NAME_LENGTH);
        validation.throwIfInvalid();
        name = name.strip();
    }
}
