package com.partnerbenefits.domain.shared;

import java.util.List;

/** Thrown by self-validating values and commands; carries every broken rule, not just the first. */
public class InvalidInputException extends RuntimeException {

    private final transient List<FieldViolation> violations;

    public InvalidInputException(List<FieldViolation> violations) {
        super("invalid input: " + violations.stream().map(v -> v.field() + " " + v.rule()).toList());
        this.violations = List.copyOf(violations);
    }

    public List<FieldViolation> violations() {
        return violations;
    }
}
