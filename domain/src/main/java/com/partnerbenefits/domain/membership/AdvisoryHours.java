package com.partnerbenefits.domain.membership;

import com.partnerbenefits.domain.shared.Allowance;
import com.partnerbenefits.domain.shared.HalfHours;
import java.util.Objects;

/**
 * A membership's Technical Presales and Deployment hours: an allowance counted in half hours,
 * granted in whole hours with the membership (0 when none).
 */
public record AdvisoryHours(Allowance halfHours) {

    public AdvisoryHours {
        Objects.requireNonNull(halfHours, "halfHours");
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
