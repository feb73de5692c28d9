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
 * unlimited), and always empty for a programme membership. Its Technical Presales and Deployment
 * {@code advisoryHours} are granted with it (none by default).
 */
public record Membership(
        MembershipId id,
        PartnerId partnerId,
        MembershipOffer offer,
        Optional<CompetencyArea> competencyArea,
        LocalDate startsOn,
        LocalDate endsOn,
        Optional<Integer> incidentsBought,
        AdvisoryHours advisoryHours) {

    public Membership {
        Objects.requireNonNull(advisoryHours, "advisoryHours");
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

    /** Without advisory hours. */
    public Membership(MembershipId id, PartnerId partnerId, MembershipOffer offer, Optional<CompetencyArea> competencyArea,
            LocalDate startsOn, LocalDate endsOn, Optional<Integer> incidentsBought) {
        this(id, partnerId, offer, competencyArea, startsOn, endsOn, incidentsBought, AdvisoryHours.NONE);
    }

    /** A programme membership without advisory hours. */
    public Membership(MembershipId id, PartnerId partnerId, MembershipOffer offer, Optional<CompetencyArea> competencyArea,
            LocalDate startsOn, LocalDate endsOn) {
        this(id, partnerId, offer, competencyArea, startsOn, endsOn, Optional.empty(), AdvisoryHours.NONE);
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
        return new Membership(id, partnerId, offer, competencyArea, startsOn, newEnd, incidentsBought, advisoryHours);
    }

    /** The same membership with these advisory hours (as granted, or as a store's change left them). */
    public Membership withAdvisoryHours(AdvisoryHours hours) {
        return new Membership(id, partnerId, offer, competencyArea, startsOn, endsOn, incidentsBought, hours);
    }
}
