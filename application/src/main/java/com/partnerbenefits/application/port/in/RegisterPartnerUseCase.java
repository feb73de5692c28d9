package com.partnerbenefits.application.port.in;

import com.partnerbenefits.domain.partner.MpnId;
import com.partnerbenefits.domain.partner.Partner;
import com.partnerbenefits.domain.shared.Validation;

/** Back office: an operator registers a partner organisation. */
public interface RegisterPartnerUseCase {

    Result<Partner> registerPartner(Viewer viewer, Command command);

    record Command(String name, MpnId mpnId) {

        public static Command of(String name, String mpnId) {
            Validation validation = new Validation();
            validation.text("name", name, 1, Partner.MAX_NAME_LENGTH);
            MpnId id = validation.attempt(() -> new MpnId(mpnId));
            validation.throwIfInvalid();
            return new Command(name.strip(), id);
        }
    }
}
