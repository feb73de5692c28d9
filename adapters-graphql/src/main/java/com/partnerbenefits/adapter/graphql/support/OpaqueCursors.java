package com.partnerbenefits.adapter.graphql.support;

import com.partnerbenefits.domain.shared.FieldViolation;
import com.partnerbenefits.domain.shared.InvalidInputException;
import com.partnerbenefits.domain.shared.ViolationRule;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.function.BiFunction;

/**
 * The one spelling of an opaque cursor: base64url of a short typed text. Each connection's cursor
 * class says what the text holds; anything that does not decode is INVALID_INPUT on {@code after}.
 */
public final class OpaqueCursors {

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    private OpaqueCursors() {
    }

    public static String encode(String raw) {
        return ENCODER.encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    public static String decode(String typed) {
        try {
            return new String(Base64.getUrlDecoder().decode(typed), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
    }

    /**
     * A cursor spelt {@code kind:epochMillis:key}, made into what {@code make} builds of it. Whatever does
     * not fit (a blank key, a number that is not one or no instant can hold, a key no ID may have) is
     * INVALID_INPUT: a crafted cursor never reaches the store, nor becomes INTERNAL_ERROR.
     */
    public static <T> T timeAndKey(String typed, String kind, BiFunction<Instant, String, T> make) {
        String[] parts = decode(typed).split(":", 3);
        if (parts.length == 3 && parts[0].equals(kind) && !parts[2].isBlank()) {
            try {
                return make.apply(Instant.ofEpochMilli(Long.parseLong(parts[1])), parts[2]);
            } catch (IllegalArgumentException | DateTimeException | NullPointerException malformed) {
                // falls through to the refusal
            }
        }
        throw invalid();
    }

    public static InvalidInputException invalid() {
        return new InvalidInputException(List.of(FieldViolation.of("after", ViolationRule.FORMAT,
                "a cursor from pageInfo.endCursor")));
    }
}
