package com.partnerbenefits.domain.membership;

import com.partnerbenefits.domain.shared.Allowance;
import com.partnerbenefits.domain.shared.FieldViolation;
import com.partnerbenefits.domain.shared.HalfHours;
import com.partnerbenefits.domain.shared.Validation;
import com.partnerbenefits.domain.shared.ViolationRule;
import java.util.Objects;

/**
 * A membership's Technical Presales and Deployment hours: an allowance counted in half hours,
 * granted in whole hours with the membership (0 when none).
 */
public record AdvisoryHours(Allowance halfHours) {

    public AdvisoryHours {
        Objects.requireNonNull(halfHours, "halfHours");
    }

    public static final AdvisoryHours NONE = granted(0);
    /** The most hours one membership grants. */
    public static final int MAX_GRANTED_HOURS = 10_000;

    /** The hours an operator grants on {@code field}: none when absent, else 0 to {@link #MAX_GRANTED_HOURS}. */
    public static AdvisoryHours granted(String field, Integer wholeHours) {
        if (wholeHours == null) {
            return NONE;
        }
        Validation validation = new Validation();
        if (wholeHours < 0 || wholeHours > MAX_GRANTED_HOURS) {
            validation.add(FieldViolation.of(field, ViolationRule.RANGE, 0, MAX_GRANTED_HOURS));
        }
        validation.throwIfInvalid();
        return granted(wholeHours.intValue());
    }

    public static AdvisoryHours granted(int wholeHours) {
        return new AdvisoryHours(Allowance.full(wholeHours * HalfHours.PER_HOUR));
    }

    public double total() {
        return HalfHours.asHours(halfHours.total());
    }

    public double remaining() {
        return HalfHours.asHours(halfHours.remaining());
    }
}
