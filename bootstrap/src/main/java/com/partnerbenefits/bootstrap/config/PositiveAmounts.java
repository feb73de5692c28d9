package com.partnerbenefits.bootstrap.config;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.constraints.Positive;
import java.time.Duration;
import org.springframework.util.unit.DataSize;

/**
 * {@code @Positive} for the amounts settings are made of: a duration or a size of zero (or less) would
 * refuse everything or wait for nothing. Registered with Bean Validation in
 * {@code META-INF/services/jakarta.validation.ConstraintValidator}.
 */
public final class PositiveAmounts {

    private PositiveAmounts() {
    }

    /** A duration longer than zero. */
    public static final class PositiveDuration implements ConstraintValidator<Positive, Duration> {
        @Override
        public boolean isValid(Duration value, ConstraintValidatorContext context) {
            return value == null || (!value.isNegative() && !value.isZero());
        }
    }

    /** A size of at least one byte. */
    public static final class PositiveDataSize implements ConstraintValidator<Positive, DataSize> {
        @Override
        public boolean isValid(DataSize value, ConstraintValidatorContext context) {
            return value == null || value.toBytes() > 0;
        }
    }
}
