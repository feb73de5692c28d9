package com.partnerbenefits.domain.shared;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Collects the violations of one input so a caller learns about every bad field at once.
 * Each check returns whether the value passed, so dependent checks can be skipped.
 */
public final class Validation {

    /**
     * Control characters, line/paragraph separators, the zero-width space and the bidi marks, overrides and
     * isolates (which make text read differently from what it is). Not refused: the zero-width joiner and
     * non-joiner (emoji sequences like 👩‍💻, Persian and Indic words), variation selectors and combining
     * marks: people write them.
     */
    private static final Pattern CONTROL = Pattern.compile(
            "\\p{Cc}|[\\u2028\\u2029\\u200B\\u200E\\u200F\\u061C\\u202A-\\u202E\\u2066-\\u2069]");

    private final List<FieldViolation> violations = new ArrayList<>();

    public boolean present(String field, Object value) {
        if (value == null) {
            violations.add(FieldViolation.of(field, ViolationRule.REQUIRED));
            return false;
        }
        return true;
    }

    /** A required single-line text of {@code min}..{@code max} characters after trimming. */
    public boolean text(String field, String value, int min, int max) {
        return sized(field, value, min, max) && printable(field, value.strip());
    }

    /** Text of {@code min}..{@code max} characters that may span lines: line breaks and tabs are its only control characters. */
    public boolean multilineText(String field, String value, int min, int max) {
        return sized(field, value, min, max) && printable(field, value.strip().replaceAll("[\\r\\n\\t]", " "));
    }

    private boolean sized(String field, String value, int min, int max) {
        if (!present(field, value) || !wholeCharacters(field, value)) {
            return false;
        }
        String trimmed = value.strip();
        int length = trimmed.codePointCount(0, trimmed.length());
        if (length < min || length > max) {
            violations.add(FieldViolation.of(field, ViolationRule.LENGTH, min, max));
            return false;
        }
        return true;
    }

    /**
     * Refuses half of a surrogate pair: it cannot be stored as sent (UTF-8 has no encoding for it), so the
     * value read back would differ from the one acknowledged.
     */
    public boolean wholeCharacters(String field, String value) {
        if (hasUnpairedSurrogate(value)) {
            violations.add(FieldViolation.of(field, ViolationRule.UNPAIRED_SURROGATE));
            return false;
        }
        return true;
    }

    /** Whether the text holds a high surrogate not followed by a low one, or a low one not preceded by a high one. */
    public static boolean hasUnpairedSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    private boolean printable(String field, String text) {
        if (CONTROL.matcher(text).find()) {
            violations.add(FieldViolation.of(field, ViolationRule.CONTROL_CHARACTERS));
            return false;
        }
        return true;
    }

    public boolean matches(String field, String value, Pattern pattern, String example) {
        if (!present(field, value)) {
            return false;
        }
        if (!pattern.matcher(value).matches()) {
            violations.add(FieldViolation.of(field, ViolationRule.FORMAT, example));
            return false;
        }
        return true;
    }

    public boolean notEmpty(String field, Collection<?> values) {
        if (!present(field, values)) {
            return false;
        }
        if (values.isEmpty()) {
            violations.add(FieldViolation.of(field, ViolationRule.REQUIRED));
            return false;
        }
        return true;
    }

    public boolean endsAfterStart(String field, LocalDate startsOn, LocalDate endsOn) {
        if (startsOn != null && endsOn != null && !endsOn.isAfter(startsOn)) {
            violations.add(FieldViolation.of(field, ViolationRule.DATE_ORDER, startsOn));
            return false;
        }
        return true;
    }

    /** Builds a self-validating value, keeping its violations instead of stopping at the first. */
    public <T> T attempt(Supplier<T> valueFactory) {
        try {
            return valueFactory.get();
        } catch (InvalidInputException e) {
            violations.addAll(e.violations());
            return null;
        }
    }

    public void add(FieldViolation violation) {
        violations.add(violation);
    }

    public boolean isValid() {
        return violations.isEmpty();
    }

    public void throwIfInvalid() {
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }
}
