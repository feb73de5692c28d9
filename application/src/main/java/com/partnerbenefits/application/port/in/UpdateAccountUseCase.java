package com.partnerbenefits.application.port.in;

import com.partnerbenefits.domain.partner.Account;
import com.partnerbenefits.domain.partner.AccountId;
import com.partnerbenefits.domain.partner.PartnerRole;
import com.partnerbenefits.domain.partner.ProgramAssociation;
import com.partnerbenefits.domain.shared.Validation;
import java.util.Set;

/**
 * Back office: an operator replaces a partner account's roles and associations. It applies on the
 * account's next request, on every instance. A standalone account is INVALID_INPUT on {@code accountId}.
 */
public interface UpdateAccountUseCase {

    /** What updating an account can refuse (besides INVALID_INPUT and NOT_FOUND, see {@link RefusalReason}). */
    enum Reason implements RefusalReason {
        NOT_AUTHORIZED,
        /** Concurrent changes kept winning; retry (SPEC 5.1). */
        CONFLICT
    }

    Result<Account, Reason> updateAccount(Viewer viewer, Command command);

    record Command(AccountId accountId, Set<PartnerRole> roles, Set<ProgramAssociation> associations) {

        public static Command of(AccountId accountId, Set<PartnerRole> roles, Set<ProgramAssociation> associations) {
            Validation validation = new Validation();
            validation.present("accountId", accountId);
            validation.present("roles", roles);
            validation.notEmpty("associations", associations);
            validation.throwIfInvalid();
            return new Command(accountId, Set.copyOf(roles), Set.copyOf(associations));
        }
    }
}
