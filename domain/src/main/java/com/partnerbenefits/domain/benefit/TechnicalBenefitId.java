package com.partnerbenefits.domain.benefit;

import com.partnerbenefits.domain.membership.MembershipId;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * A benefit is identified by its membership and kind (a membership grants each kind at most once),
 * so the benefit can always be found through its membership.
 */
public record TechnicalBenefitId(MembershipId membershipId, BenefitKind kind) {

    private static final char SEPARATOR = ':';

    public TechnicalBenefitId {
        Objects.requireNonNull(membershipId, "membershipId");
        Objects.requireNonNull(kind, "kind");
    }

    public String value() {
        return membershipId.value() + SEPARATOR + kind.name();
    }

    /** The inverse of {@link #value()}; empty for anything else. */
    public static Optional<TechnicalBenefitId> parse(String value) {
        int separator = value.lastIndexOf(SEPARATOR);
        if (separator <= 0) {
            return Optional.empty();
        }
        String kindName = value.substring(separator + 1);
        return Arrays.stream(BenefitKind.values()).filter(kind -> kind.name().equals(kindName)).findFirst()
                .map(kind -> new TechnicalBenefitId(new MembershipId(value.substring(0, separator)), kind));
    }
}
