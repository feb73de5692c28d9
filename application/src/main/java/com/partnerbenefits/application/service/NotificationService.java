package com.partnerbenefits.application.service;

import com.partnerbenefits.application.access.AccessPolicy;
import com.partnerbenefits.application.port.in.MarkNotificationsReadUseCase;
import com.partnerbenefits.application.port.in.NotificationJobsUseCase;
import com.partnerbenefits.application.port.in.NotificationsQuery;
import com.partnerbenefits.application.port.in.UpdateMyPreferencesUseCase;
import com.partnerbenefits.application.port.in.Viewer;
import com.partnerbenefits.application.port.out.AccountPreferencesStore;
import com.partnerbenefits.application.port.out.AccountStore;
import com.partnerbenefits.application.port.out.ContractLinkStore;
import com.partnerbenefits.application.port.out.IncidentStore;
import com.partnerbenefits.application.port.out.MembershipStore;
import com.partnerbenefits.application.port.out.NotificationInbox;
import com.partnerbenefits.application.port.out.NotificationOutbox;
import com.partnerbenefits.application.port.out.NotificationSender;
import com.partnerbenefits.application.port.out.PartnerDirectory;
import com.partnerbenefits.application.port.out.PartnerStore;
import com.partnerbenefits.application.port.out.SupportContractStore;
import com.partnerbenefits.domain.contract.SupportContract;
import com.partnerbenefits.domain.contract.SupportContractId;
import com.partnerbenefits.domain.notification.Channel;
import com.partnerbenefits.domain.notification.Notification;
import com.partnerbenefits.domain.notification.NotificationKind;
import com.partnerbenefits.domain.notification.Preferences;
import com.partnerbenefits.domain.notification.Recipient;
import com.partnerbenefits.domain.notification.RetrySchedule;
import com.partnerbenefits.domain.shared.Page;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.BiFunction;

/**
 * Notifications (SPEC §5.3): occurrences are recorded by the {@link Notifier} where changes happen and
 * by the {@link NotificationChecks}; the {@link NotificationFanOut} makes their deliveries and the
 * {@link NotificationDeliveries} send them, all after the change and never on its path.
 */
public class NotificationService implements NotificationJobsUseCase, NotificationsQuery, MarkNotificationsReadUseCase,
        UpdateMyPreferencesUseCase {

    /** What the stores answer for the notifications. */
    public record Stores(NotificationOutbox outbox, NotificationInbox inbox, AccountPreferencesStore preferences,
            SupportContractStore contracts, ContractLinkStore links, PartnerDirectory directory, AccountStore accounts,
            PartnerStore partners, MembershipStore memberships, IncidentStore incidents) {
    }

    /** How the background work goes: how far back the reconciliation looks, how long a claim lasts, the retries, the batch. */
    public record Settings(Duration horizon, Duration lease, RetrySchedule retries, int batch, Sending sending) {
    }

    /**
     * Where e-mail and webhook attempts run and how many may at once, in all and per recipient (see
     * {@link DeliveryLanes}); {@link #INLINE} makes each on the caller's thread, one after another.
     */
    public record Sending(Executor executor, int atOnce, int perRecipient) {

        public static final Sending INLINE = new Sending(Runnable::run, 1, 1);

        public Sending {
            if (atOnce < 1 || perRecipient < 1) {
                throw new IllegalArgumentException("at least one attempt at a time");
            }
        }
    }

    private final AccessPolicy policy;
    private final Stores stores;
    private final NotificationFanOut fanOut;
    private final NotificationDeliveries deliveries;
    private final NotificationChecks checks;
    private final ContractNames names;
    private final Settings settings;

    public NotificationService(AccessPolicy policy, Stores stores, Notifier notifier, List<NotificationSender> senders,
            BiFunction<SupportContract, NotificationKind, List<Recipient>> webhooks, Clock clock, Settings settings) {
        this.policy = policy;
        this.stores = stores;
        this.settings = settings;
        Map<Channel, NotificationSender> byChannel = new EnumMap<>(Channel.class);
        senders.forEach(sender -> byChannel.put(sender.channel(), sender));
        this.names = new ContractNames(stores.contracts(), stores.partners());
        this.fanOut = new NotificationFanOut(policy, stores.outbox(), stores.contracts(), stores.links(), stores.directory(), stores.accounts(),
                stores.preferences(), byChannel.containsKey(Channel.EMAIL), webhooks);
        this.deliveries = new NotificationDeliveries(stores.outbox(), byChannel, stores.accounts(), stores.preferences(), names,
                settings.retries(), settings.lease(), new DeliveryLanes(settings.sending()), clock);
        this.checks = new NotificationChecks(notifier, stores.contracts(), stores.memberships(), stores.incidents(), clock,
                settings.horizon());
    }

    @Override
    public int fanOut() {
        return fanOut.fanOut(settings.batch());
    }

    @Override
    public int deliverDue() {
        return deliveries.deliverDue(Channel.EMAIL, settings.batch()) + deliveries.deliverDue(Channel.WEBHOOK, settings.batch());
    }

    @Override
    public int checkExpiry() {
        return checks.checkExpiry();
    }

    @Override
    public int checkFirstResponses() {
        return checks.checkFirstResponses() + checks.reconcile();
    }

    @Override
    public Listed notifications(Viewer viewer, boolean unreadOnly, int first, Optional<String> after) {
        Page<Notification> page = stores.inbox().notifications(policy.notificationsOf(viewer), viewer.account().id(), unreadOnly,
                first, after);
        Set<SupportContractId> contracts = new java.util.HashSet<>();
        page.items().forEach(notification -> notification.occurrence().contract().ifPresent(contracts::add));
        return new Listed(page, names.of(contracts));
    }

    @Override
    public long unreadCount(Viewer viewer) {
        return stores.inbox().unread(policy.notificationsOf(viewer), viewer.account().id());
    }

    @Override
    public Preferences preferences(Viewer viewer) {
        return stores.preferences().preferencesOf(viewer.account().id());
    }

    @Override
    public int markRead(Viewer viewer, Collection<String> ids) {
        return ids.isEmpty() ? 0 : stores.inbox().markRead(policy.notificationsOf(viewer), viewer.account().id(), ids);
    }

    @Override
    public Preferences update(Viewer viewer, Optional<String> language, Optional<Boolean> emailNotifications) {
        Preferences now = stores.preferences().preferencesOf(viewer.account().id());
        Preferences changed = new Preferences(language.orElse(now.language()), emailNotifications.orElse(now.emailNotifications()));
        stores.preferences().save(viewer.account().id(), changed);
        return changed;
    }
}
