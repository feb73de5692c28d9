package com.partnerbenefits.application.port.out;

import com.partnerbenefits.domain.partner.Account;
import com.partnerbenefits.domain.partner.AccountId;
import com.partnerbenefits.domain.partner.Login;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

public interface AccountStore {

    /** The account with that login, storing {@code firstSeen} in one atomic step when there is none. */
    Account findOrRecord(Account firstSeen);

    Optional<Account> findByLogin(Login login);

    Optional<Account> findAccount(AccountId id);

    /** Those of these accounts that exist, in one round trip. */
    Map<AccountId, Account> findAccounts(Collection<AccountId> ids);

    /**
     * Stores a partner account. A standalone account with the same login is adopted (it keeps its
     * ID); an account with that login in a partner already wins and the result is empty.
     */
    Optional<Account> registerPartnerAccount(Account account);
}
