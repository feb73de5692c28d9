package com.partnerbenefits.application.fake;

import com.partnerbenefits.application.port.out.AccountAccessStore;

import com.partnerbenefits.application.port.out.AccountStore;
import com.partnerbenefits.domain.partner.Account;
import com.partnerbenefits.domain.partner.AccountId;
import com.partnerbenefits.domain.partner.Login;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/** Accounts in memory, one per login (atomic per login, like the store's unique index). */
public class InMemoryAccountStore implements AccountStore, AccountAccessStore {

    private final Map<String, Account> accountsByLogin = new ConcurrentHashMap<>();

    @Override
    public Account findOrRecord(Account firstSeen) {
        return accountsByLogin.computeIfAbsent(firstSeen.login().value(), login -> firstSeen);
    }

    @Override
    public Optional<Account> findByLogin(Login login) {
        return Optional.ofNullable(accountsByLogin.get(login.value()));
    }

    @Override
    public Optional<Account> findAccount(AccountId id) {
        return accountsByLogin.values().stream().filter(account -> account.id().equals(id)).findFirst();
    }

    @Override
    public Map<AccountId, Account> findAccounts(Collection<AccountId> ids) {
        return accountsByLogin.values().stream().filter(account -> ids.contains(account.id()))
                .collect(Collectors.toMap(Account::id, account -> account));
    }

    @Override
    public Optional<Account> registerPartnerAccount(Account account) {
        Account[] registered = new Account[1];
        accountsByLogin.compute(account.login().value(), (login, existing) -> {
            if (existing != null && existing.partnerId().isPresent()) {
                return existing;
            }
            registered[0] = existing == null ? account : new Account(existing.id(), account.login(), account.kind(),
                    account.partnerId(), account.roles(), account.associations(), existing.createdAt());
            return registered[0];
        });
        return Optional.ofNullable(registered[0]);
    }

    @Override
    public synchronized boolean replaceAccessIf(Account current, Account changed) {
        Account stored = accountsByLogin.get(current.login().value());
        if (stored == null || !stored.partnerId().equals(current.partnerId())) {
            return false;
        }
        accountsByLogin.put(current.login().value(), new Account(stored.id(), stored.login(), stored.kind(),
                changed.partnerId(), changed.roles(), changed.associations(), stored.createdAt()));
        return true;
    }

    /** Every account, for the operator's listings. */
    java.util.Collection<Account> all() {
        return accountsByLogin.values();
    }
}
