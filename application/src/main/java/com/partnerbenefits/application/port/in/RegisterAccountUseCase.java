package com.partnerbenefits.application.port.in;

import com.partnerbenefits.domain.partner.Account;
import com.partnerbenefits.domain.partner.AccountKind;
import com.partnerbenefits.domain.partner.Login;
import com.partnerbenefits.domain.partner.PartnerId;
import com.partnerbenefits.domain.partner.PartnerRole;
import com.partnerbenefits.domain.partner.ProgramAssociation;
import com.partnerbenefits.domain.shared.Validation;
import java.util.Set;

/**
 * Back office: an operator registers an account of a partner. A login first seen as a standalone
 * account is adopted into the partner; a login already in a partner is refused.
 */
public interface RegisterAccountUseCase {

    /** What registering an account can refuse (besides INVALID_INPUT and NOT_FOUND, see {@link RefusalReason}). */
    enum Reason implements RefusalReason {
        NOT_AUTHORIZED
    }

    Result<Account, Reason> registerAccount(Viewer viewer, Command command);

    record Command(Login login, AccountKind kind, PartnerId partnerId, Set<PartnerRole> roles,
            Set<ProgramAssociation> associations) {

        public static Command of(String login, AccountKind kind, PartnerId partnerId, Set<PartnerRole> roles,
                Set<ProgramAssociation> associations) {
            Validation validation = new Validation();
            Login validLogin = validation.attempt(() -> new Login(login));
            validation.present("kind", kind);
            validation.present("partnerId", partnerId);
            validation.present("roles", roles);
            validation.notEmpty("associations", associations);
            validation.throwIfInvalid();
            return new Command(validLogin, kind, partnerId, Set.copyOf(roles), Set.copyOf(associations));
        }
    }
}
