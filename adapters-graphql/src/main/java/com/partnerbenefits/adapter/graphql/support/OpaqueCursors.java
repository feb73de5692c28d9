package com.partnerbenefits.adapter.graphql.support;

import com.partnerbenefits.domain.shared.FieldViolation;
import com.partnerbenefits.domain.shared.InvalidInputException;
import com.partnerbenefits.domain.shared.ViolationRule;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

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

    public static InvalidInputException invalid() {
        return new InvalidInputException(List.of(FieldViolation.of("after", ViolationRule.FORMAT,
                "a cursor from pageInfo.endCursor")));
    }
}
