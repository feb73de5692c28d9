package com.partnerbenefits.application.service;

import com.partnerbenefits.application.access.AccessPolicy;
import com.partnerbenefits.application.port.in.Refusal;
import com.partnerbenefits.application.port.in.RefusalReason;
import com.partnerbenefits.application.port.in.RemoveAccountFromPartnerUseCase;
import com.partnerbenefits.application.port.in.Result;
import com.partnerbenefits.application.port.in.UpdateAccountUseCase;
import com.partnerbenefits.application.port.in.Viewer;
import com.partnerbenefits.application.port.out.AccountAccessStore;
import com.partnerbenefits.application.port.out.AccountStore;
import com.partnerbenefits.domain.partner.Account;
import com.partnerbenefits.domain.partner.AccountId;
import java.time.Clock;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Operators edit an account's roles and associations, or remove it from its partner. The account
 * decides what it becomes; the store applies it only while the account is still in the partner the
 * decision was taken on, so an edit and a removal racing never bring a removed account back.
 */
public class AccountAccessService implements UpdateAccountUseCase, RemoveAccountFromPartnerUseCase {

    static final int ATTEMPTS = 5;

    private final AccessPolicy policy;
    private final AccountStore accounts;
    private final AccountAccessStore access;
    private final Clock clock;

    public AccountAccessService(AccessPolicy policy, AccountStore accounts, AccountAccessStore access, Clock clock) {
        this.clock = clock;
        this.policy = policy;
        this.accounts = accounts;
        this.access = access;
    }

    @Override
    public Result<Account, UpdateAccountUseCase.Reason> updateAccount(Viewer viewer, Command command) {
        return change(viewer, command.accountId(), UpdateAccountUseCase.Reason.NOT_AUTHORIZED, UpdateAccountUseCase.Reason.CONFLICT,
                account -> account.withAccess(command.roles(), command.associations()));
    }

    @Override
    public Result<Account, RemoveAccountFromPartnerUseCase.Reason> removeAccountFromPartner(Viewer viewer, AccountId accountId) {
        return change(viewer, accountId, RemoveAccountFromPartnerUseCase.Reason.NOT_AUTHORIZED,
                RemoveAccountFromPartnerUseCase.Reason.CONFLICT, Account::leavingPartner);
    }

    private <R extends RefusalReason> Result<Account, R> change(Viewer viewer, AccountId accountId, R notAuthorized, R conflict,
            UnaryOperator<Account> decide) {
        if (!policy.mayOperate(viewer)) {
            return Result.refused(notAuthorized);
        }
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Optional<Account> found = accounts.findAccount(accountId);
            if (found.isEmpty()) {
                return Result.refused(Refusal.notFound("accountId"));
            }
            Account changed = decide.apply(found.get());
            if (changed.equals(found.get()) || access.replaceAccessIf(found.get(), changed)) {
                return Result.succeeded(changed);
            }
        }
        return Result.refused(Refusal.conflict(conflict, clock.instant()));
    }
}
