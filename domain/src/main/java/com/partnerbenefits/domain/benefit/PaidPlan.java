package com.partnerbenefits.domain.benefit;

import com.partnerbenefits.domain.membership.Membership;
import com.partnerbenefits.domain.membership.MembershipId;
import com.partnerbenefits.domain.membership.MembershipOffer;
import com.partnerbenefits.domain.partner.PartnerId;
import com.partnerbenefits.domain.shared.FieldViolation;
import com.partnerbenefits.domain.shared.Validation;
import com.partnerbenefits.domain.shared.ViolationRule;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * A paid support plan a partner bought: its kind and its incidents. Pay-per-incident is exactly one
 * incident; Premier and Advanced Support are bought with a number of incidents or unlimited. It is
 * held like a membership of the offer of the same name, which keeps its period and its incidents.
 */
public record PaidPlan(BenefitKind kind, IncidentAllowance allowance) {

    /** The most incidents a plan is recorded with (beyond that, record it unlimited). */
    public static final int MAX_INCIDENTS = 10_000;
    /** What a pay-per-incident plan grants: one incident. */
    public static final IncidentAllowance ONE_INCIDENT = IncidentAllowance.of(1);

    public PaidPlan {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(allowance, "allowance");
        if (!kind.paid()) {
            throw new IllegalArgumentException(kind + " is a membership benefit, not a paid plan");
        }
        if (kind == BenefitKind.PAY_PER_INCIDENT && !allowance.equals(ONE_INCIDENT)) {
            throw new IllegalArgumentException("pay-per-incident is one incident, not " + allowance);
        }
    }

    /**
     * Checks an operator's input, collecting every violation: a paid kind (a membership benefit is
     * earned, never bought), and {@code incidents} null (unlimited) or 1 to {@link #MAX_INCIDENTS},
     * exactly 1 for pay-per-incident.
     */
    public static PaidPlan of(BenefitKind kind, Integer incidents) {
        Validation validation = new Validation();
        if (validation.present("kind", kind) && !kind.paid()) {
            validation.add(FieldViolation.of("kind", ViolationRule.UNKNOWN_VALUE, String.join(", ",
                    Arrays.stream(BenefitKind.values()).filter(BenefitKind::paid).map(Enum::name).toList())));
        }
        if (kind == BenefitKind.PAY_PER_INCIDENT && (incidents == null || incidents != 1)) {
            validation.add(FieldViolation.of("incidents", ViolationRule.RANGE, 1, 1));
        } else if (incidents != null && (incidents < 1 || incidents > MAX_INCIDENTS)) {
            validation.add(FieldViolation.of("incidents", ViolationRule.RANGE, 1, MAX_INCIDENTS));
        }
        validation.throwIfInvalid();
        return new PaidPlan(kind, incidents == null ? IncidentAllowance.unlimitedIncidents() : IncidentAllowance.of(incidents));
    }

    /** The plan held by a membership of a paid offer; empty for a programme membership. */
    public static Optional<PaidPlan> heldBy(Membership membership) {
        return kindBought(membership.offer()).map(kind -> new PaidPlan(kind, membership.incidentsBought()
                .map(IncidentAllowance::of).orElse(IncidentAllowance.unlimitedIncidents())));
    }

    /** The partner holding this plan from {@code startsOn} to {@code endsOn}, both included. */
    public Membership heldFrom(MembershipId id, PartnerId partner, LocalDate startsOn, LocalDate endsOn) {
        return new Membership(id, partner, offer(), Optional.empty(), startsOn, endsOn,
                allowance.unlimited() ? Optional.empty() : Optional.of(allowance.incidents()));
    }

    private MembershipOffer offer() {
        return switch (kind) {
            case PREMIER_SUPPORT -> MembershipOffer.PREMIER_SUPPORT;
            case ADVANCED_SUPPORT -> MembershipOffer.ADVANCED_SUPPORT;
            case PAY_PER_INCIDENT -> MembershipOffer.PAY_PER_INCIDENT;
            case MICROSOFT_PRODUCT_SUPPORT, SIGNATURE_CLOUD_SUPPORT -> throw new IllegalStateException(kind + " is not bought");
        };
    }

    private static Optional<BenefitKind> kindBought(MembershipOffer offer) {
        return switch (offer) {
            case PREMIER_SUPPORT -> Optional.of(BenefitKind.PREMIER_SUPPORT);
            case ADVANCED_SUPPORT -> Optional.of(BenefitKind.ADVANCED_SUPPORT);
            case PAY_PER_INCIDENT -> Optional.of(BenefitKind.PAY_PER_INCIDENT);
            case ACTION_PACK, SILVER_COMPETENCY, GOLD_COMPETENCY -> Optional.empty();
        };
    }
}
