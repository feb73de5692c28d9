package com.partnerbenefits.adapter.graphql.desk;

import static com.partnerbenefits.adapter.graphql.support.OpaqueCursors.decode;
import static com.partnerbenefits.adapter.graphql.support.OpaqueCursors.encode;
import static com.partnerbenefits.adapter.graphql.support.OpaqueCursors.invalid;

import com.partnerbenefits.application.port.in.ContractHistoryQuery.EventCursor;
import com.partnerbenefits.adapter.graphql.support.OpaqueCursors;
import java.time.Instant;
import java.util.Optional;

/**
 * Opaque cursors of listings ("where the page ended": an ID, or a history line's time and key). They
 * grant nothing: every page is still filtered by what the caller may see. Anything else is INVALID_INPUT
 * on {@code after}.
 */
final class DeskCursors {

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
        return Optional.ofNullable(after).map(typed -> OpaqueCursors.timeAndKey(typed, "h", EventCursor::new));
    }
}
