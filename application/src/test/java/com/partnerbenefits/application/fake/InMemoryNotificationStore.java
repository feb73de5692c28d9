package com.partnerbenefits.application.fake;

import com.partnerbenefits.application.port.out.NotificationInbox;
import com.partnerbenefits.application.port.out.NotificationOutbox;
import com.partnerbenefits.domain.notification.Channel;
import com.partnerbenefits.domain.notification.Delivery;
import com.partnerbenefits.domain.notification.Notification;
import com.partnerbenefits.domain.notification.Occurrence;
import com.partnerbenefits.domain.notification.Recipient;
import com.partnerbenefits.domain.partner.AccountId;
import com.partnerbenefits.domain.shared.Page;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The outbox and the inbox in memory, each step atomic (synchronized) as the store's single-document updates are. */
public class InMemoryNotificationStore implements NotificationOutbox, NotificationInbox {

    /** Newest first, the key breaking ties, as the store's inbox index. */
    static final Comparator<Delivery> NEWEST_FIRST = Comparator.comparing((Delivery d) -> d.occurrence().at()).reversed()
            .thenComparing(Delivery::key, Comparator.reverseOrder());

    private final Map<String, Occurrence> occurrences = new LinkedHashMap<>();
    private final Set<String> fannedOut = new HashSet<>();
    private final Map<String, Delivery> deliveries = new LinkedHashMap<>();
    private final Map<String, Set<AccountId>> readBy = new HashMap<>();

    @Override
    public synchronized boolean record(Occurrence occurrence) {
        return occurrences.putIfAbsent(occurrence.key(), occurrence) == null;
    }

    @Override
    public synchronized List<Occurrence> awaitingFanOut(int max) {
        return occurrences.values().stream().filter(o -> !fannedOut.contains(o.key()))
                .sorted(Comparator.comparing(Occurrence::at)).limit(max).toList();
    }

    @Override
    public synchronized void fannedOut(String occurrenceKey) {
        fannedOut.add(occurrenceKey);
    }

    @Override
    public synchronized boolean add(Delivery delivery) {
        return deliveries.putIfAbsent(delivery.key(), delivery) == null;
    }

    @Override
    public synchronized Optional<Delivery> claimDue(Channel channel, Instant now, Instant leaseUntil, Set<Recipient> busy) {
        Optional<Delivery> due = deliveries.values().stream().filter(d -> d.channel() == channel && d.state() == Delivery.State.PENDING
                && !d.nextAttemptAt().isAfter(now) && !busy.contains(d.recipient())).min(Comparator.comparing(Delivery::nextAttemptAt));
        due.ifPresent(d -> deliveries.put(d.key(), new Delivery(d.key(), d.occurrence(), d.recipient(), d.channel(), d.state(),
                d.attempts() + 1, leaseUntil, d.attemptedAt(), d.statusCode())));
        return due.map(d -> deliveries.get(d.key()));
    }

    @Override
    public synchronized boolean settle(Delivery attempted) {
        Delivery stored = deliveries.get(attempted.key());
        if (stored == null || stored.attempts() != attempted.attempts()) {
            return false;
        }
        deliveries.put(attempted.key(), attempted);
        return true;
    }

    @Override
    public synchronized List<Delivery> deliveriesTo(Recipient recipient, int max) {
        return deliveries.values().stream().filter(d -> d.recipient().equals(recipient) && d.attemptedAt().isPresent())
                .sorted(Comparator.comparing((Delivery d) -> d.attemptedAt().orElseThrow()).reversed()).limit(max).toList();
    }

    @Override
    public synchronized Page<Notification> notifications(Set<Recipient> to, AccountId reader, boolean unreadOnly, int first,
            Optional<String> after) {
        List<Delivery> all = inbox(to).filter(d -> !unreadOnly || !isRead(d, reader)).toList();
        int start = after.map(id -> all.stream().map(Delivery::key).toList().indexOf(id) + 1).orElse(0);
        List<Delivery> rest = all.subList(Math.max(start, 0), all.size());
        List<Notification> items = rest.stream().limit(first).map(d -> new Notification(d.key(), d.occurrence(), isRead(d, reader))).toList();
        return new Page<>(items, rest.size() > first, all.size());
    }

    @Override
    public synchronized long unread(Set<Recipient> to, AccountId reader) {
        return inbox(to).filter(d -> !isRead(d, reader)).count();
    }

    @Override
    public synchronized int markRead(Set<Recipient> to, AccountId reader, Collection<String> ids) {
        List<Delivery> mine = inbox(to).filter(d -> ids.contains(d.key())).toList();
        mine.forEach(d -> readBy.computeIfAbsent(d.key(), key -> new HashSet<>()).add(reader));
        return mine.size();
    }

    /** What every delivery looks like, for tests. */
    public synchronized List<Delivery> deliveries() {
        return List.copyOf(deliveries.values());
    }

    private java.util.stream.Stream<Delivery> inbox(Set<Recipient> to) {
        return deliveries.values().stream().filter(d -> d.channel() == Channel.IN_PRODUCT && to.contains(d.recipient()))
                .sorted(NEWEST_FIRST);
    }

    private boolean isRead(Delivery delivery, AccountId reader) {
        return readBy.getOrDefault(delivery.key(), Set.of()).contains(reader);
    }
}
