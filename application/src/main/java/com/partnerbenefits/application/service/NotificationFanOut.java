package com.partnerbenefits.application.service;

import com.partnerbenefits.application.access.AccessPolicy;
import com.partnerbenefits.application.port.out.AccountPreferencesStore;
import com.partnerbenefits.application.port.out.AccountStore;
import com.partnerbenefits.application.port.out.ContractLinkStore;
import com.partnerbenefits.application.port.out.NotificationOutbox;
import com.partnerbenefits.application.port.out.PartnerDirectory;
import com.partnerbenefits.application.port.out.SupportContractStore;
import com.partnerbenefits.domain.contract.ContractLink;
import com.partnerbenefits.domain.contract.SupportContract;
import com.partnerbenefits.domain.notification.Channel;
import com.partnerbenefits.domain.notification.Delivery;
import com.partnerbenefits.domain.notification.NotificationKind;
import com.partnerbenefits.domain.notification.Occurrence;
import com.partnerbenefits.domain.notification.Preferences;
import com.partnerbenefits.domain.notification.Recipient;
import com.partnerbenefits.domain.partner.Account;
import com.partnerbenefits.domain.partner.AccountId;
import com.partnerbenefits.domain.shared.Page;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Turns each recorded occurrence into its deliveries: in the product to every recipient, by e-mail to
 * those whose login is an e-mail address and who did not turn e-mail off (when mail is configured), by
 * webhook to the partner's endpoints that asked for the kind. Contract events go to the partner's
 * admins (GLOBAL_ADMIN, MPN_PARTNER_ADMIN: the AccessPolicy's) and to the accounts that linked the contract. Each
 * delivery is stored under its unique key before the occurrence is marked done, so a fan-out cut
 * short is simply run again.
 */
class NotificationFanOut {

    private static final int PAGE = 100;

    private final AccessPolicy policy;
    private final NotificationOutbox outbox;
    private final SupportContractStore contracts;
    private final ContractLinkStore links;
    private final PartnerDirectory directory;
    private final AccountStore accounts;
    private final AccountPreferencesStore preferences;
    private final boolean mailEnabled;
    private final BiFunction<SupportContract, NotificationKind, List<Recipient>> webhooks;

    NotificationFanOut(AccessPolicy policy, NotificationOutbox outbox, SupportContractStore contracts, ContractLinkStore links, PartnerDirectory directory,
            AccountStore accounts, AccountPreferencesStore preferences, boolean mailEnabled,
            BiFunction<SupportContract, NotificationKind, List<Recipient>> webhooks) {
        this.policy = policy;
        this.outbox = outbox;
        this.contracts = contracts;
        this.links = links;
        this.directory = directory;
        this.accounts = accounts;
        this.preferences = preferences;
        this.mailEnabled = mailEnabled;
        this.webhooks = webhooks;
    }

    int fanOut(int batch) {
        int done = 0;
        for (Occurrence occurrence : outbox.awaitingFanOut(batch)) {
            deliveriesOf(occurrence).forEach(outbox::add);
            outbox.fannedOut(occurrence.key());
            done++;
        }
        return done;
    }

    List<Delivery> deliveriesOf(Occurrence occurrence) {
        List<Delivery> deliveries = new ArrayList<>();
        if (occurrence.kind().forSupportDesk()) {
            deliveries.add(Delivery.of(occurrence, Recipient.SUPPORT_DESK, Channel.IN_PRODUCT));
        }
        Set<AccountId> people = new LinkedHashSet<>();
        occurrence.raisedBy().ifPresent(people::add);
        Optional<SupportContract> contract = occurrence.kind().aboutContract()
                ? occurrence.contract().flatMap(contracts::findContract) : Optional.empty();
        contract.ifPresent(about -> {
            people.addAll(adminsOf(about));
            links.linksTo(List.of(about.id())).getOrDefault(about.id(), List.of()).stream().map(ContractLink::accountId)
                    .forEach(people::add);
            webhooks.apply(about, occurrence.kind()).forEach(endpoint -> deliveries.add(Delivery.of(occurrence, endpoint, Channel.WEBHOOK)));
        });
        Map<AccountId, Preferences> chosen = people.isEmpty() ? Map.of() : preferences.preferencesOf(people);
        Map<AccountId, Account> found = people.isEmpty() ? Map.of() : accounts.findAccounts(people);
        for (AccountId person : people) {
            deliveries.add(Delivery.of(occurrence, Recipient.account(person), Channel.IN_PRODUCT));
            Account account = found.get(person);
            boolean wantsMail = chosen.getOrDefault(person, Preferences.DEFAULT).emailNotifications();
            if (mailEnabled && wantsMail && account != null && isEmailAddress(account.login().value())) {
                deliveries.add(Delivery.of(occurrence, Recipient.account(person), Channel.EMAIL));
            }
        }
        return deliveries;
    }

    /** A login is an e-mail address when it has one @ with something on both sides and a dot in the domain. */
    static boolean isEmailAddress(String login) {
        int at = login.indexOf('@');
        return at > 0 && at == login.lastIndexOf('@') && login.indexOf('.', at) > at + 1 && !login.endsWith(".");
    }

    private Set<AccountId> adminsOf(SupportContract contract) {
        Set<AccountId> admins = new LinkedHashSet<>();
        Optional<AccountId> after = Optional.empty();
        Page<Account> page;
        do {
            page = directory.accountsOf(contract.partnerId(), PAGE, after);
            for (Account account : page.items()) {
                if (policy.isAdminAccountOf(account, contract.partnerId())) {
                    admins.add(account.id());
                }
            }
            after = page.items().isEmpty() ? Optional.empty() : Optional.of(page.items().get(page.items().size() - 1).id());
        } while (page.hasNext() && after.isPresent());
        return admins;
    }
}
