package com.partnerbenefits.application.port.in;

import com.partnerbenefits.application.port.in.ActivateTechnicalBenefitUseCase.Activation;
import com.partnerbenefits.domain.benefit.BenefitKind;
import com.partnerbenefits.domain.benefit.PaidPlan;
import com.partnerbenefits.domain.partner.PartnerId;
import com.partnerbenefits.domain.shared.Validation;
import java.time.LocalDate;

/**
 * Back office: an operator records a paid support plan a partner bought (Premier Support, Advanced
 * Support, pay-per-incident). It is held like a membership for its period and comes activated: its
 * contract has its own Access ID and Contract ID and is linked and raised on like a benefit's.
 */
public interface RecordPaidSupportPlanUseCase {

    /** What recording can refuse (besides INVALID_INPUT and NOT_FOUND, see {@link RefusalReason}). */
    enum Reason implements RefusalReason {
        NOT_AUTHORIZED
    }

    Result<Activation, Reason> recordPaidSupportPlan(Viewer viewer, Command command);

    record Command(PartnerId partnerId, PaidPlan plan, LocalDate startsOn, LocalDate endsOn) {

        /** {@code incidents} null is unlimited; see {@link PaidPlan#of}. Every violation is collected. */
        public static Command of(PartnerId partnerId, BenefitKind kind, Integer incidents, LocalDate startsOn,
                LocalDate endsOn) {
            Validation validation = new Validation();
            validation.present("partnerId", partnerId);
            PaidPlan plan = validation.attempt(() -> PaidPlan.of(kind, incidents));
            validation.present("startsOn", startsOn);
            validation.present("endsOn", endsOn);
            validation.endsAfterStart("endsOn", startsOn, endsOn);
            validation.throwIfInvalid();
            return new Command(partnerId, plan, startsOn, endsOn);
        }
    }
}
