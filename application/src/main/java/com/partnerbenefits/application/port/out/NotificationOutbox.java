package com.partnerbenefits.application.port.out;

import com.partnerbenefits.domain.notification.Channel;
import com.partnerbenefits.domain.notification.Delivery;
import com.partnerbenefits.domain.notification.Occurrence;
import com.partnerbenefits.domain.notification.Recipient;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The notifications' outbox. An occurrence is recorded with (right after) the change that causes it,
 * under its unique key, and later fanned out into one delivery per recipient and channel, each under
 * its own unique key: writing either twice, from two instances, a retry or the reconciliation,
 * stores it once. Nothing here reads-then-writes: each step is one insert or one conditional update.
 */
public interface NotificationOutbox {

    /** Stores the occurrence unless one with its key is stored (one insert under a unique key); answers whether it was new. */
    boolean record(Occurrence occurrence);

    /** Occurrences not fanned out yet, oldest first, at most {@code max}. */
    List<Occurrence> awaitingFanOut(int max);

    /** Marks the occurrence fanned out: every delivery it makes is stored. */
    void fannedOut(String occurrenceKey);

    /** Stores the delivery unless one with its key is stored; answers whether it was new. */
    boolean add(Delivery delivery);

    /**
     * Claims one PENDING delivery by that channel whose attempt is due at {@code now}, to none of the
     * {@code busy} recipients: in one conditional update counts the attempt and moves its next attempt
     * to {@code leaseUntil}, so no other instance claims it meanwhile (and one that dies holding it
     * loses it when the lease ends).
     */
    Optional<Delivery> claimDue(Channel channel, Instant now, Instant leaseUntil, Set<Recipient> busy);

    /** Stores an attempt's outcome, only if the delivery is still at the attempt that was claimed. */
    boolean settle(Delivery attempted);

    /** The recipient's deliveries, newest attempt first, at most {@code max}. */
    List<Delivery> deliveriesTo(Recipient recipient, int max);
}
