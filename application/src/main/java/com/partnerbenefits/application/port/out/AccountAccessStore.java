package com.partnerbenefits.application.port.out;

import com.partnerbenefits.domain.partner.Account;

/**
 * Changes what an account may do. The caller's account is read from the store on every request, so a
 * change applies on the account's next request, on every instance.
 */
public interface AccountAccessStore {

    /**
     * Stores {@code changed}'s partner, roles and associations only if the account still belongs to
     * {@code current}'s partner (one conditional update: an edit never brings back an account removed
     * from its partner meanwhile); answers whether it did.
     */
    boolean replaceAccessIf(Account current, Account changed);
}
