package com.partnerbenefits.domain.partner;

import com.partnerbenefits.domain.shared.FieldViolation;
import com.partnerbenefits.domain.shared.Validation;
import com.partnerbenefits.domain.shared.ViolationRule;
import java.util.Locale;

/**
 * An account's sign-in name: the token's {@code sub}. Compared case-insensitively, because people
 * type e-mail style logins with any capitalisation; stored lower-cased.
 */
public record Login(String value) {

    public static final int MAX_LENGTH = 254;

    public Login {
        Validation validation = new Validation();
        if (validation.text("login", value, 1, MAX_LENGTH) && value.strip().chars().anyMatch(Character::isWhitespace)) {
            validation.add(FieldViolation.of("login", ViolationRule.FORMAT, "alice@contoso.com"));
        }
        validation.throwIfInvalid();
        value = value.strip().toLowerCase(Locale.ROOT);
    }
}
