package com.partnerbenefits.domain.notification;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One occurrence to one recipient by one channel: the outbox line. Its key is unique in the store, so
 * it exists once however often it is written. In the product it is the notification itself (delivered
 * when written); by e-mail or webhook it waits until {@code nextAttemptAt}, is claimed by one instance
 * for a lease, and is then delivered or retried by the {@link RetrySchedule}.
 */
public record Delivery(String key, Occurrence occurrence, Recipient recipient, Channel channel, State state,
        int attempts, Instant nextAttemptAt, Optional<Instant> attemptedAt, Optional<Integer> statusCode) {

    public enum State { PENDING, DELIVERED, GAVE_UP }

    public Delivery {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(occurrence, "occurrence");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(nextAttemptAt, "nextAttemptAt");
        Objects.requireNonNull(attemptedAt, "attemptedAt");
        Objects.requireNonNull(statusCode, "statusCode");
    }

    /** The delivery of this occurrence to this recipient by this channel, its key naming all three. */
    public static Delivery of(Occurrence occurrence, Recipient recipient, Channel channel) {
        State state = channel == Channel.IN_PRODUCT ? State.DELIVERED : State.PENDING;
        return new Delivery(occurrence.key() + "|" + channel + "|" + recipient.value(), occurrence, recipient, channel,
                state, 0, occurrence.at(), Optional.empty(), Optional.empty());
    }

    public boolean succeeded() {
        return state == State.DELIVERED;
    }
}
