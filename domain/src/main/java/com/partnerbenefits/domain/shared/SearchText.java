package com.partnerbenefits.domain.shared;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What an operator types to find partners or accounts: 1 to 100 characters of letters, digits, spaces
 * and the punctuation names and logins use. Matching is literal: stores escape every character, so
 * nothing typed here is ever interpreted as a pattern.
 */
public record SearchText(String value) {

    public static final int MAX_LENGTH = 100;
    private static final Pattern ALLOWED = Pattern.compile("[\\p{L}\\p{M}\\p{N} @._+'&,()/-]+");

    public SearchText {
        Validation validation = new Validation();
        if (validation.text("search", value, 1, MAX_LENGTH)) {
            validation.matches("search", value.strip(), ALLOWED, "Contoso");
        }
        validation.throwIfInvalid();
        value = value.strip();
    }

    /** No search (null) lists everything. */
    public static Optional<SearchText> of(String typed) {
        return Optional.ofNullable(typed).map(SearchText::new);
    }
}
