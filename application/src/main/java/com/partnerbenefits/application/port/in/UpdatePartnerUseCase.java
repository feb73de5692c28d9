package com.partnerbenefits.application.port.in;

import com.partnerbenefits.domain.partner.Partner;
import com.partnerbenefits.domain.partner.PartnerId;
import com.partnerbenefits.domain.shared.Validation;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * Back office: an operator renames a partner or sets its time zone; omitted fields stay as they are.
 * A new time zone applies to incidents raised from then on. Refusals: NOT_AUTHORIZED, NOT_FOUND,
 * INVALID_INPUT (a blank or long name, a time zone that is not an IANA name).
 */
public interface UpdatePartnerUseCase {

    /** What updating a partner can refuse (besides INVALID_INPUT and NOT_FOUND, see {@link RefusalReason}). */
    enum Reason implements RefusalReason {
        NOT_AUTHORIZED
    }

    Result<Partner, Reason> updatePartner(Viewer viewer, Command command);

    record Command(PartnerId partner, Optional<String> name, Optional<ZoneId> timeZone) {

        public Command {
            Objects.requireNonNull(partner, "partner");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(timeZone, "timeZone");
        }

        public static Command of(PartnerId partner, String name, String timeZone) {
            Validation validation = new Validation();
            if (name != null) {
                validation.text("name", name, 1, Partner.MAX_NAME_LENGTH);
            }
            Optional<ZoneId> zone = Partner.timeZone(validation, "timeZone", timeZone);
            validation.throwIfInvalid();
            return new Command(partner, Optional.ofNullable(name).map(String::strip), zone);
        }
    }
}
