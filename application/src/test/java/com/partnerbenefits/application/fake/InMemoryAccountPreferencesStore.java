package com.partnerbenefits.application.fake;

import com.partnerbenefits.application.port.out.AccountPreferencesStore;
import com.partnerbenefits.domain.notification.Preferences;
import com.partnerbenefits.domain.partner.AccountId;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/** Preferences in memory. */
public class InMemoryAccountPreferencesStore implements AccountPreferencesStore {

    private final Map<AccountId, Preferences> chosen = new ConcurrentHashMap<>();

    @Override
    public Preferences preferencesOf(AccountId account) {
        return chosen.getOrDefault(account, Preferences.DEFAULT);
    }

    @Override
    public Map<AccountId, Preferences> preferencesOf(Collection<AccountId> accounts) {
        return accounts.stream().distinct().filter(chosen::containsKey).collect(Collectors.toMap(id -> id, chosen::get));
    }

    @Override
    public void save(AccountId account, Preferences preferences) {
        chosen.put(account, preferences);
    }
}
