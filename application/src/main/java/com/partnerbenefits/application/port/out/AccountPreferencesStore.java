package com.partnerbenefits.application.port.out;

import com.partnerbenefits.domain.notification.Preferences;
import com.partnerbenefits.domain.partner.AccountId;
import java.util.Collection;
import java.util.Map;

/** Each account's language and whether it wants e-mail; an account that never chose has the defaults. */
public interface AccountPreferencesStore {

    Preferences preferencesOf(AccountId account);

    /** Those of these accounts' preferences that were chosen, in one round trip. */
    Map<AccountId, Preferences> preferencesOf(Collection<AccountId> accounts);

    void save(AccountId account, Preferences preferences);
}
