package com.partnerbenefits.domain.partner;

import com.partnerbenefits.domain.shared.FieldViolation;
import com.partnerbenefits.domain.shared.Validation;
import com.partnerbenefits.domain.shared.ViolationRule;
import java.text.Normalizer;
import java.util.Locale;

/**
 * An account's sign-in name: the token's {@code sub}. The one place that decides which logins exist
 * and when two spellings are the same account, so no two identities can ever land on one account.
 * <ul>
 * <li>Refused: a login Unicode compatibility normalisation (NFKC) would change (the Kelvin sign for
 * "K", full-width letters, ligatures), and one holding format or control characters (U+FEFF, U+2060,
 * U+00AD, tag characters, ...) or half a surrogate pair: each looks like another login. Normalising
 * them instead would hand the look-alike the plain spelling's account.</li>
 * <li>Compared case-insensitively, because people type e-mail style logins with any capitalisation, and
 * stored lower-cased ({@link String#toLowerCase(Locale)} with {@link Locale#ROOT}, as always, so existing
 * accounts keep their key). Lower-casing merges only letters that are each other's case pair: a login
 * holding a capital whose lower case maps back to another capital (U+0130 "İ" lower-cases to "i", whose
 * capital is "I"; U+1E9E "ẞ") is refused, as the Kelvin sign and the Ohm sign already are by NFKC.</li>
 * </ul>
 */
public record Login(String value) {

    public static final int MAX_LENGTH = 254;

    private static final String EXAMPLE = "alice@contoso.com";

    public Login {
        Validation validation = new Validation();
        if (validation.text("login", value, 1, MAX_LENGTH) && !acceptable(value.strip())) {
            validation.add(FieldViolation.of("login", ViolationRule.FORMAT, EXAMPLE));
        }
        validation.throwIfInvalid();
        value = value.strip().toLowerCase(Locale.ROOT);
    }

    private static boolean acceptable(String login) {
        return Normalizer.isNormalized(login, Normalizer.Form.NFKC)
                && login.codePoints().allMatch(Login::acceptableCodePoint);
    }

    private static boolean acceptableCodePoint(int codePoint) {
        int type = Character.getType(codePoint);
        if (Character.isWhitespace(codePoint) || type == Character.FORMAT || type == Character.CONTROL
                || type == Character.SURROGATE || type == Character.UNASSIGNED || type == Character.PRIVATE_USE) {
            return false;
        }
        int lower = Character.toLowerCase(codePoint);
        return lower == codePoint || Character.toUpperCase(lower) == codePoint;
    }
}
