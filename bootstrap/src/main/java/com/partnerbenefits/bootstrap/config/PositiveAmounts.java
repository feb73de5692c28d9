package com.partnerbenefits.bootstrap.config;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.Duration;
import org.springframework.util.unit.DataSize;

/**
 * {@code @Positive} and {@code @PositiveOrZero} for the amounts settings are made of (durations and sizes),
 * as Bean Validation has them for numbers only. Registered in
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

    /** A duration of zero or more. */
    public static final class PositiveOrZeroDuration implements ConstraintValidator<PositiveOrZero, Duration> {
        @Override
        public boolean isValid(Duration value, ConstraintValidatorContext context) {
            return value == null || !value.isNegative();
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
