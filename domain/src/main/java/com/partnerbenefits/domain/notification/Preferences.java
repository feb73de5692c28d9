package com.partnerbenefits.domain.notification;

import com.partnerbenefits.domain.shared.FieldViolation;
import com.partnerbenefits.domain.shared.Validation;
import com.partnerbenefits.domain.shared.ViolationRule;
import java.util.List;

/** An account's language (en, ja, pt-BR: the languages of the messages) and whether it is told by e-mail too. */
public record Preferences(String language, boolean emailNotifications) {

    public static final List<String> LANGUAGES = List.of("en", "ja", "pt-BR");
    public static final Preferences DEFAULT = new Preferences("en", true);

    public Preferences {
        Validation validation = new Validation();
        if (validation.present("language", language) && !LANGUAGES.contains(language)) {
            validation.add(FieldViolation.of("language", ViolationRule.UNKNOWN_VALUE, String.join(", ", LANGUAGES)));
        }
        validation.throwIfInvalid();
    }
}
