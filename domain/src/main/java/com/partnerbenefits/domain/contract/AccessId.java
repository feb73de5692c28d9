package com.partnerbenefits.domain.contract;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;

/**
 * The secret half of a contract's credentials: a random (version 4) UUID, so 122 random bits, which
 * is what makes guessing a valid pair hopeless. Written in lower case; read in any case.
 */
public record AccessId(String value) {

    private static final Pattern FORMAT =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");

    public AccessId {
        Objects.requireNonNull(value, "value");
        if (!FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("not an Access ID");
        }
    }

    /** Draws 122 random bits from the generator (a {@code SecureRandom} in the service). */
    public static AccessId random(RandomGenerator random) {
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;
        long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new AccessId(new UUID(high, low).toString());
    }

    /** What a person typed, trimmed and in any case; empty when it cannot be an Access ID. */
    public static Optional<AccessId> parse(String typed) {
        String candidate = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        return FORMAT.matcher(candidate).matches() ? Optional.of(new AccessId(candidate)) : Optional.empty();
    }
}
