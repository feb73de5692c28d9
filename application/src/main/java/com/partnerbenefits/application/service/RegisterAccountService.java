package com.partnerbenefits.application.service;

import com.partnerbenefits.application.access.AccessPolicy;
import com.partnerbenefits.application.port.in.Refusal;
import com.partnerbenefits.application.port.in.RegisterAccountUseCase;
import com.partnerbenefits.application.port.in.Result;
import com.partnerbenefits.application.port.in.Viewer;
import com.partnerbenefits.application.port.out.AccountStore;
import com.partnerbenefits.application.port.out.IdGenerator;
import com.partnerbenefits.application.port.out.PartnerStore;
import com.partnerbenefits.domain.partner.Account;
import com.partnerbenefits.domain.partner.AccountId;
import com.partnerbenefits.domain.shared.FieldViolation;
import com.partnerbenefits.domain.shared.ViolationRule;
import java.time.Clock;
import java.util.Optional;

public class RegisterAccountService implements RegisterAccountUseCase {

    private final AccessPolicy policy;
    private final AccountStore accounts;
    private final PartnerStore partners;
    private final IdGenerator ids;
    private final Clock clock;

    public RegisterAccountService(AccessPolicy policy, AccountStore accounts, PartnerStore partners, IdGenerator ids, Clock clock) {
        this.policy = policy;
        this.accounts = accounts;
        this.partners = partners;
        this.ids = ids;
        this.clock = clock;
    }

    @Override
    public Result<Account, RegisterAccountUseCase.Reason> registerAccount(Viewer viewer, Command command) {
        if (!policy.mayOperate(viewer)) {
            return Result.refused(RegisterAccountUseCase.Reason.NOT_AUTHORIZED);
        }
        if (partners.findPartner(command.partnerId()).isEmpty()) {
            return Result.refused(Refusal.notFound("partnerId"));
        }
        Account account = new Account(new AccountId(ids.newId()), command.login(), command.kind(),
                Optional.of(command.partnerId()), command.roles(), command.associations(), clock.instant());
        return accounts.registerPartnerAccount(account)
                .<Result<Account, RegisterAccountUseCase.Reason>>map(Result::succeeded)
                .orElseGet(() -> Result.refused(Refusal.invalid(FieldViolation.of("login", ViolationRule.ALREADY_TAKEN))));
    }
}
