package com.partnerbenefits.application.service;

import com.partnerbenefits.domain.notification.Recipient;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

/**
 * A slow receiver cannot hold up the others: each recipient (a webhook endpoint, a mailbox) has at most
 * {@code perRecipient} attempts in flight, and the instance at most {@code atOnce}. Nothing is claimed
 * beyond that (the claim skips {@link #full()} recipients), so no claimed attempt waits in a queue while
 * its lease runs out.
 */
final class DeliveryLanes {

    private final NotificationService.Sending sending;
    private final Map<Recipient, Integer> inFlight = new HashMap<>();
    private int total;

    DeliveryLanes(NotificationService.Sending sending) {
        this.sending = sending;
    }

    /** Whether another attempt may start at all. */
    synchronized boolean open() {
        return total < sending.atOnce();
    }

    /** The recipients at their limit: their due deliveries wait, the others' go. */
    synchronized Set<Recipient> full() {
        return inFlight.entrySet().stream().filter(lane -> lane.getValue() >= sending.perRecipient()).map(Map.Entry::getKey)
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    /** Runs the attempt in the recipient's lane; the lane is freed when it ends, however it ends. */
    void run(Recipient recipient, Runnable attempt) {
        enter(recipient);
        try {
            sending.executor().execute(() -> {
                try {
                    attempt.run();
                } finally {
                    leave(recipient);
                }
            });
        } catch (RejectedExecutionException stopping) {
            leave(recipient); // the claim's lease ends and another run or instance makes the attempt
        }
    }

    private synchronized void enter(Recipient recipient) {
        inFlight.merge(recipient, 1, Integer::sum);
        total++;
    }

    private synchronized void leave(Recipient recipient) {
        inFlight.computeIfPresent(recipient, (key, count) -> count > 1 ? count - 1 : null);
        total--;
    }
}
