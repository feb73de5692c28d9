package com.partnerbenefits.domain.shared;

import java.util.List;

/**
 * One reason why an input field is unacceptable. {@code args} are the values a message needs
 * (limits, allowed values); the wording itself lives in the API's message catalog.
 */
public record FieldViolation(String field, ViolationRule rule, List<String> args) {

    public FieldViolation {
        args = List.copyOf(args);
    }

    public static FieldViolation of(String field, ViolationRule rule, Object... args) {
        return new FieldViolation(field, rule, java.util.Arrays.stream(args).map(String::valueOf).toList());
    }
}
