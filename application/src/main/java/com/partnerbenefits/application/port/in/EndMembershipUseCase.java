package com.partnerbenefits.application.port.in;

import com.partnerbenefits.domain.membership.MembershipId;
import com.partnerbenefits.domain.shared.Validation;
import java.time.LocalDate;

/** Back office: an operator ends a membership early; its support contracts end with it. */
public interface EndMembershipUseCase {

    /** What ending a membership can refuse (besides INVALID_INPUT and NOT_FOUND, see {@link RefusalReason}). */
    enum Reason implements RefusalReason {
        NOT_AUTHORIZED
    }

    Result<MembershipStanding, Reason> endMembership(Viewer viewer, Command command);

    record Command(MembershipId membershipId, LocalDate endsOn) {

        public static Command of(MembershipId membershipId, LocalDate endsOn) {
            Validation validation = new Validation();
            validation.present("membershipId", membershipId);
            validation.present("endsOn", endsOn);
            validation.throwIfInvalid();
            return new Command(membershipId, endsOn);
        }
    }
}
