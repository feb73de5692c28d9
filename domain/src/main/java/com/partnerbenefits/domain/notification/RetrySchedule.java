package com.partnerbenefits.domain.notification;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * When a failed e-mail or webhook delivery is tried again: growing delays, after the n-th failed
 * attempt the n-th delay; past the last it gives up. The standard schedule keeps trying for more than
 * 24 hours, as Standard Webhooks suggests.
 */
public record RetrySchedule(List<Duration> delays) {

    public static final RetrySchedule STANDARD = new RetrySchedule(List.of(Duration.ofSeconds(5), Duration.ofMinutes(5),
            Duration.ofMinutes(30), Duration.ofHours(2), Duration.ofHours(5), Duration.ofHours(10), Duration.ofHours(10)));

    public RetrySchedule {
        delays = List.copyOf(delays);
    }

    /** The wait after {@code attempts} failed attempts, or empty when it gives up. */
    public Optional<Duration> after(int attempts) {
        return attempts < 1 || attempts > delays.size() ? Optional.empty() : Optional.of(delays.get(attempts - 1));
    }

    /** How long the schedule keeps trying, all delays together. */
    public Duration span() {
        return delays.stream().reduce(Duration.ZERO, Duration::plus);
    }
}
