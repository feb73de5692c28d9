package com.partnerbenefits.application.service;

import com.partnerbenefits.application.port.in.Caller;
import com.partnerbenefits.application.port.in.IdentifyCallerUseCase;
import com.partnerbenefits.application.port.in.Viewer;
import com.partnerbenefits.application.port.out.AccountStore;
import com.partnerbenefits.application.port.out.IdGenerator;
import com.partnerbenefits.domain.partner.Account;
import com.partnerbenefits.domain.partner.AccountId;
import java.time.Clock;

public class IdentifyCallerService implements IdentifyCallerUseCase {

    private final AccountStore accounts;
    private final IdGenerator ids;
    private final Clock clock;

    public IdentifyCallerService(AccountStore accounts, IdGenerator ids, Clock clock) {
        this.accounts = accounts;
        this.ids = ids;
        this.clock = clock;
    }

    @Override
    public Viewer identify(Caller caller) {
        // Most calls come from known accounts: a read first keeps the write path off the hot path.
        Account account = accounts.findByLogin(caller.login())
                .orElseGet(() -> accounts.findOrRecord(Account.standalone(
                        new AccountId(ids.newId()), caller.login(), caller.kindWhenFirstSeen(), clock.instant())));
        return new Viewer(account, caller.operator(), caller.supportEngineer());
    }
}
