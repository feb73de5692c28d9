package com.partnerbenefits.adapter.graphql.desk;

import com.partnerbenefits.application.port.in.ContractHistoryQuery.EventCursor;
import com.partnerbenefits.domain.shared.FieldViolation;
import com.partnerbenefits.domain.shared.InvalidInputException;
import com.partnerbenefits.domain.shared.ViolationRule;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * Opaque cursors of listings ("where the page ended": an ID, or a history line's time and key). They
 * grant nothing: every page is still filtered by what the caller may see. Anything else is INVALID_INPUT
 * on {@code after}.
 */
final class DeskCursors {

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    private DeskCursors() {
    }

    static String ofId(String rawId) {
        return encode("d:" + rawId);
    }

    static Optional<String> id(String after) {
        return Optional.ofNullable(after).map(typed -> {
            String raw = decode(typed);
            if (raw.startsWith("d:") && raw.length() > 2 && raw.substring(2).matches("[0-9A-Za-z]{1,64}")) {
                return raw.substring(2);
            }
            throw invalid();
        });
    }

    static String ofEvent(Instant at, String key) {
        return encode("h:" + at.toEpochMilli() + ":" + key);
    }

    static Optional<EventCursor> event(String after) {
        return Optional.ofNullable(after).map(typed -> {
            String[] parts = decode(typed).split(":", 3);
            try {
                if (parts.length == 3 && parts[0].equals("h") && !parts[2].isEmpty()) {
                    return new EventCursor(Instant.ofEpochMilli(Long.parseLong(parts[1])), parts[2]);
                }
            } catch (NumberFormatException ignored) {
                // falls through to the refusal
            }
            throw invalid();
        });
    }

    private static String encode(String raw) {
        return ENCODER.encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    private static String decode(String typed) {
        try {
            return new String(Base64.getUrlDecoder().decode(typed), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
    }

    private static InvalidInputException invalid() {
        return new InvalidInputException(List.of(FieldViolation.of("after", ViolationRule.FORMAT,
                "a cursor from pageInfo.endCursor")));
    }
}
