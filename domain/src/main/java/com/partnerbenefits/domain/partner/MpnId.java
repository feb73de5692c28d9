package com.partnerbenefits.domain.partner;

import com.partnerbenefits.domain.shared.Validation;
import java.util.regex.Pattern;

/** The partner's Microsoft Partner Network ID: digits only, unique across partners. */
public record MpnId(String value) {

    private static final Pattern DIGITS = Pattern.compile("[0-9]{4,12}");

    public MpnId {
        Validation validation = new Validation();
        validation.matches("mpnId", value == null ? null : value.strip(), DIGITS, "1234567");
        validation.throwIfInvalid();
        value = value.strip();
    }
}
