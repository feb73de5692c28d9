package com.partnerbenefits.domain.contract;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The brute-force limit on presenting credentials: after {@code maxFailures} wrong pairs within
 * {@code length} of the first one, an account is refused until that window ends.
 */
public record AttemptWindow(int maxFailures, Duration length) {

    public static final AttemptWindow DEFAULT = new AttemptWindow(5, Duration.ofMinutes(15));

    public AttemptWindow {
        Objects.requireNonNull(length, "length");
        if (maxFailures < 1 || length.isNegative() || length.isZero()) {
            throw new IllegalArgumentException("a window allows at least one failure and lasts a while");
        }
    }

    /** A window that opened at {@code start} is over at this instant. */
    public Instant endOf(Instant start) {
        return start.plus(length);
    }
}
