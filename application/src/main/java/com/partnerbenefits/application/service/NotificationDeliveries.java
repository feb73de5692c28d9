package com.partnerbenefits.application.service;

import com.partnerbenefits.domain.notification.ContractName;
import com.partnerbenefits.application.port.out.AccountPreferencesStore;
import com.partnerbenefits.application.port.out.AccountStore;
import com.partnerbenefits.application.port.out.NotificationOutbox;
import com.partnerbenefits.application.port.out.NotificationSender;
import com.partnerbenefits.domain.notification.Channel;
import com.partnerbenefits.domain.notification.Delivery;
import com.partnerbenefits.domain.notification.Preferences;
import com.partnerbenefits.domain.notification.RetrySchedule;
import com.partnerbenefits.domain.partner.Account;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Sends what is due by e-mail and webhook: claims one delivery at a time for a lease (so two instances
 * never send the same attempt, and one that dies mid-send loses its claim when the lease ends), sends
 * it in its recipient's {@link DeliveryLanes lane}, and stores the outcome: delivered, or the next
 * attempt by the {@link RetrySchedule}, or given up.
 */
class NotificationDeliveries {

    private static final System.Logger LOG = System.getLogger(NotificationDeliveries.class.getName());

    private final NotificationOutbox outbox;
    private final Map<Channel, NotificationSender> senders;
    private final AccountStore accounts;
    private final AccountPreferencesStore preferences;
    private final ContractNames names;
    private final RetrySchedule retries;
    private final Duration lease;
    private final DeliveryLanes lanes;
    private final Clock clock;

    NotificationDeliveries(NotificationOutbox outbox, Map<Channel, NotificationSender> senders, AccountStore accounts,
            AccountPreferencesStore preferences, ContractNames names, RetrySchedule retries, Duration lease, DeliveryLanes lanes, Clock clock) {
        this.outbox = outbox;
        this.senders = senders;
        this.accounts = accounts;
        this.preferences = preferences;
        this.names = names;
        this.retries = retries;
        this.lease = lease;
        this.lanes = lanes;
        this.clock = clock;
    }

    /**
     * Starts at most {@code batch} due deliveries of the channel, as many as the lanes let through;
     * answers how many were started (the lanes may still be running them).
     */
    int deliverDue(Channel channel, int batch) {
        NotificationSender sender = senders.get(channel);
        if (sender == null) {
            return 0;
        }
        int attempted = 0;
        while (attempted < batch && lanes.open()) {
            Instant now = clock.instant();
            Optional<Delivery> claimed = outbox.claimDue(channel, now, now.plus(lease), lanes.full());
            if (claimed.isEmpty()) {
                break;
            }
            Delivery delivery = claimed.get();
            lanes.run(delivery.recipient(), () -> outbox.settle(outcome(delivery, send(sender, delivery))));
            attempted++;
        }
        return attempted;
    }

    private NotificationSender.Outcome send(NotificationSender sender, Delivery delivery) {
        try {
            Optional<NotificationSender.Notice> notice = noticeOf(delivery);
            return notice.isEmpty() ? NotificationSender.Outcome.failed(Optional.empty()) : sender.send(notice.get());
        } catch (RuntimeException failure) {
            LOG.log(System.Logger.Level.WARNING, "delivering {0} failed: {1}", delivery.key(), failure.toString());
            return NotificationSender.Outcome.failed(Optional.empty());
        }
    }

    private Optional<NotificationSender.Notice> noticeOf(Delivery delivery) {
        Optional<ContractName> contract = delivery.occurrence().contract()
                .map(id -> names.of(List.of(id)).get(id));
        if (delivery.recipient().webhookEndpoint().isPresent()) {
            return Optional.of(new NotificationSender.Notice(delivery, delivery.recipient().webhookEndpoint().get(),
                    Preferences.DEFAULT, contract));
        }
        return delivery.recipient().account().flatMap(accounts::findAccount).map(account -> notice(delivery, account, contract));
    }

    private NotificationSender.Notice notice(Delivery delivery, Account account, Optional<ContractName> contract) {
        return new NotificationSender.Notice(delivery, account.login().value(), preferences.preferencesOf(account.id()), contract);
    }

    private Delivery outcome(Delivery claimed, NotificationSender.Outcome outcome) {
        Instant now = clock.instant();
        if (outcome.succeeded()) {
            return with(claimed, Delivery.State.DELIVERED, claimed.nextAttemptAt(), now, outcome);
        }
        Optional<Duration> wait = retries.after(claimed.attempts());
        return wait.map(delay -> with(claimed, Delivery.State.PENDING, now.plus(delay), now, outcome))
                .orElseGet(() -> with(claimed, Delivery.State.GAVE_UP, claimed.nextAttemptAt(), now, outcome));
    }

    private static Delivery with(Delivery claimed, Delivery.State state, Instant next, Instant attemptedAt,
            NotificationSender.Outcome outcome) {
        return new Delivery(claimed.key(), claimed.occurrence(), claimed.recipient(), claimed.channel(), state, claimed.attempts(),
                next, Optional.of(attemptedAt), outcome.statusCode());
    }
}
