package com.partnerbenefits.application.port.in;

import com.partnerbenefits.domain.membership.AdvisoryHours;
import com.partnerbenefits.domain.membership.CompetencyArea;
import com.partnerbenefits.domain.membership.MembershipOffer;
import com.partnerbenefits.domain.partner.PartnerId;
import com.partnerbenefits.domain.shared.FieldViolation;
import com.partnerbenefits.domain.shared.Validation;
import com.partnerbenefits.domain.shared.ViolationRule;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** Back office: an operator grants a partner a membership offer for a period, with its advisory hours (none by default). */
public interface GrantMembershipUseCase {

    /** What granting a membership can refuse (besides INVALID_INPUT and NOT_FOUND, see {@link RefusalReason}). */
    enum Reason implements RefusalReason {
        NOT_AUTHORIZED
    }

    Result<MembershipStanding, Reason> grantMembership(Viewer viewer, Command command);

    record Command(PartnerId partnerId, MembershipOffer offer, Optional<CompetencyArea> competencyArea,
            LocalDate startsOn, LocalDate endsOn, AdvisoryHours advisoryHours) {

        public static Command of(PartnerId partnerId, MembershipOffer offer, String competencyArea,
                LocalDate startsOn, LocalDate endsOn) {
            return of(partnerId, offer, competencyArea, startsOn, endsOn, null);
        }

        /** {@code advisoryHours}: whole hours, null for none. */
        public static Command of(PartnerId partnerId, MembershipOffer offer, String competencyArea,
                LocalDate startsOn, LocalDate endsOn, Integer advisoryHours) {
            Validation validation = new Validation();
            AdvisoryHours hours = validation.attempt(() -> AdvisoryHours.granted("advisoryHours", advisoryHours));
            validation.present("partnerId", partnerId);
            Optional<CompetencyArea> area = checkArea(validation, offer, competencyArea);
            validation.present("startsOn", startsOn);
            validation.present("endsOn", endsOn);
            validation.endsAfterStart("endsOn", startsOn, endsOn);
            validation.throwIfInvalid();
            return new Command(partnerId, offer, area, startsOn, endsOn, hours);
        }

        private static Optional<CompetencyArea> checkArea(Validation validation, MembershipOffer offer, String name) {
            if (!validation.present("offer", offer)) {
                return Optional.empty();
            }
            if (!offer.granted()) {
                validation.add(FieldViolation.of("offer", ViolationRule.UNKNOWN_VALUE, Arrays.stream(MembershipOffer.values())
                        .filter(MembershipOffer::granted).map(Enum::name).collect(Collectors.joining(", "))));
                return Optional.empty();
            }
            boolean named = name != null && !name.isBlank();
            if (!offer.requiresCompetencyArea()) {
                if (named) {
                    validation.add(FieldViolation.of("competencyArea", ViolationRule.NOT_APPLICABLE, offer));
                }
                return Optional.empty();
            }
            if (!named) {
                validation.add(FieldViolation.of("competencyArea", ViolationRule.REQUIRED));
                return Optional.empty();
            }
            Optional<CompetencyArea> area = CompetencyArea.named(name);
            if (area.isEmpty()) {
                validation.add(FieldViolation.of("competencyArea", ViolationRule.UNKNOWN_VALUE,
                        CompetencyArea.ALL.stream().map(CompetencyArea::name).collect(Collectors.joining(", "))));
            }
            return area;
        }
    }
}
