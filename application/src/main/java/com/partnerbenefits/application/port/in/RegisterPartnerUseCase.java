package com.partnerbenefits.application.port.in;

import com.partnerbenefits.domain.partner.MpnId;
import com.partnerbenefits.domain.partner.Partner;
import com.partnerbenefits.domain.shared.Validation;
import java.time.ZoneId;

/** Back office: an operator registers a partner organisation. */
public interface RegisterPartnerUseCase {

    /** What registering a partner can refuse (besides INVALID_INPUT and NOT_FOUND, see {@link RefusalReason}). */
    enum Reason implements RefusalReason {
        NOT_AUTHORIZED
    }

    Result<Partner, Reason> registerPartner(Viewer viewer, Command command);

    /** {@code timeZone} is an IANA name; UTC when not given. */
    record Command(String name, MpnId mpnId, ZoneId timeZone) {

        public Command(String name, MpnId mpnId) {
            this(name, mpnId, Partner.DEFAULT_TIME_ZONE);
        }

        public static Command of(String name, String mpnId) {
            return of(name, mpnId, null);
        }

        public static Command of(String name, String mpnId, String timeZone) {
            Validation validation = new Validation();
            validation.text("name", name, 1, Partner.MAX_NAME_LENGTH);
            MpnId id = validation.attempt(() -> new MpnId(mpnId));
            ZoneId zone = Partner.timeZone(validation, "timeZone", timeZone).orElse(Partner.DEFAULT_TIME_ZONE);
            validation.throwIfInvalid();
            return new Command(name.strip(), id, zone);
        }
    }
}
