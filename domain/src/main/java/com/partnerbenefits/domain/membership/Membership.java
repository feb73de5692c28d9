package com.partnerbenefits.domain.membership;

import com.partnerbenefits.domain.partner.PartnerId;
import com.partnerbenefits.domain.shared.FieldViolation;
import com.partnerbenefits.domain.shared.Validation;
import com.partnerbenefits.domain.shared.ViolationRule;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A membership offer a partner holds for a period (both dates inclusive). The technical benefits it
 * grants are derived from the entitlement table, never stored (see {@code TechnicalBenefit.grantedBy}).
 * A paid plan is held the same way; {@code incidentsBought} is its number of incidents (empty:
 * unlimited), and always empty for a programme membership.
 */
public record Membership(
        MembershipId id,
        PartnerId partnerId,
        MembershipOffer offer,
        Optional<CompetencyArea> competencyArea,
        LocalDate startsOn,
        LocalDate endsOn,
        Optional<Integer> incidentsBought) {

    public Membership {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(incidentsBought, "incidentsBought");
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
        if (offer.granted() && incidentsBought.isPresent()) {
            throw new IllegalArgumentException(offer + " is granted, not bought with incidents");
        }
    }

    /** A programme membership. */
    public Membership(MembershipId id, PartnerId partnerId, MembershipOffer offer, Optional<CompetencyArea> competencyArea,
            LocalDate startsOn, LocalDate endsOn) {
        this(id, partnerId, offer, competencyArea, startsOn, endsOn, Optional.empty());
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
        return new Membership(id, partnerId, offer, competencyArea, startsOn, newEnd, incidentsBought);
    }
}
