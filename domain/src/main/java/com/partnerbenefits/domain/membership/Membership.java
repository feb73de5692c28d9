package com.partnerbenefits.domain.membership;

import com.partnerbenefits.domain.benefit.EntitlementPolicy;
import com.partnerbenefits.domain.benefit.TechnicalBenefit;
import com.partnerbenefits.domain.benefit.TechnicalBenefitId;
import com.partnerbenefits.domain.partner.PartnerId;
import com.partnerbenefits.domain.shared.FieldViolation;
import com.partnerbenefits.domain.shared.Validation;
import com.partnerbenefits.domain.shared.ViolationRule;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A membership offer a partner holds for a period (both dates inclusive), with the technical
 * benefits it grants.
 */
public record Membership(
        MembershipId id,
        PartnerId partnerId,
        MembershipOffer offer,
        Optional<CompetencyArea> competencyArea,
        LocalDate startsOn,
        LocalDate endsOn,
        List<TechnicalBenefit> benefits) {

    public Membership {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(partnerId, "partnerId");
        Objects.requireNonNull(offer, "offer");
        Objects.requireNonNull(competencyArea, "competencyArea");
        Validation validation = new Validation();
        validation.present("startsOn", startsOn);
        validation.present("endsOn", endsOn);
        validation.endsAfterStart("endsOn", startsOn, endsOn);
        validation.throwIfInvalid();
        if (offer.requiresCompetencyArea() != competencyArea.isPresent()) {
            throw new IllegalArgumentException(offer + " with competency area " + competencyArea);
        }
        benefits = List.copyOf(benefits);
    }

    /** A new membership, with the benefits the entitlement table grants for its offer and area. */
    public static Membership grant(MembershipId id, PartnerId partnerId, MembershipOffer offer,
            Optional<CompetencyArea> area, LocalDate startsOn, LocalDate endsOn) {
        List<TechnicalBenefit> benefits = EntitlementPolicy.entitlementsFor(offer, area).stream()
                .map(rule -> new TechnicalBenefit(new TechnicalBenefitId(id, rule.benefitKind()), rule.allowance()))
                .toList();
        return new Membership(id, partnerId, offer, area, startsOn, endsOn, benefits);
    }

    public boolean isActiveOn(LocalDate day) {
        return !day.isBefore(startsOn) && !day.isAfter(endsOn);
    }

    public boolean cloudCompetency() {
        return competencyArea.map(CompetencyArea::cloud).orElse(false);
    }

    /** Ends the membership early; it can only move the end date earlier, never extend it. */
    public Membership endOn(LocalDate newEnd) {
        Validation validation = new Validation();
        if (validation.present("endsOn", newEnd) && validation.endsAfterStart("endsOn", startsOn, newEnd)
                && newEnd.isAfter(endsOn)) {
            validation.add(FieldViolation.of("endsOn", ViolationRule.ONLY_EARLIER, endsOn));
        }
        validation.throwIfInvalid();
        return new Membership(id, partnerId, offer, competencyArea, startsOn, newEnd, benefits);
    }
}
