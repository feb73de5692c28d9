package com.partnerbenefits.adapter.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import com.partnerbenefits.application.port.out.AccountPreferencesStore;
import com.partnerbenefits.domain.notification.Preferences;
import com.partnerbenefits.domain.partner.AccountId;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Update;

/** One document per account that chose, keyed by the account ID; kept apart from the account so choosing writes only it. */
public class MongoAccountPreferencesStore implements AccountPreferencesStore {

    private final MongoOperations mongo;

    public MongoAccountPreferencesStore(MongoOperations mongo) {
        this.mongo = mongo;
    }

    @Override
    public Preferences preferencesOf(AccountId account) {
        return Optional.ofNullable(mongo.findById(account.value(), Document.class, NotificationDocuments.PREFERENCES))
                .map(MongoAccountPreferencesStore::toPreferences).orElse(Preferences.DEFAULT);
    }

    @Override
    public Map<AccountId, Preferences> preferencesOf(Collection<AccountId> accounts) {
        Map<AccountId, Preferences> chosen = new HashMap<>();
        mongo.find(query(where("_id").in(accounts.stream().map(AccountId::value).distinct().toList())), Document.class,
                NotificationDocuments.PREFERENCES).forEach(document -> chosen.put(new AccountId(String.valueOf(document.get("_id"))),
                        toPreferences(document)));
        return chosen;
    }

    @Override
    public void save(AccountId account, Preferences preferences) {
        mongo.upsert(query(where("_id").is(account.value())), new Update().set("language", preferences.language())
                .set("emailNotifications", preferences.emailNotifications()), NotificationDocuments.PREFERENCES);
    }

    private static Preferences toPreferences(Document document) {
        return new Preferences(document.getString("language"), document.getBoolean("emailNotifications", true));
    }
}
