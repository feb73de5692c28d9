package com.partnerbenefits.adapter.graphql.incident;

import static com.partnerbenefits.adapter.graphql.support.OpaqueCursors.decode;
import static com.partnerbenefits.adapter.graphql.support.OpaqueCursors.encode;
import static com.partnerbenefits.adapter.graphql.support.OpaqueCursors.invalid;

import com.partnerbenefits.domain.incident.IncidentCursor;
import com.partnerbenefits.domain.incident.IncidentId;
import com.partnerbenefits.domain.incident.SupportQueue;
import com.partnerbenefits.adapter.graphql.support.OpaqueCursors;
import java.time.Instant;
import java.util.Optional;

/**
 * Opaque, stable page cursors: where a page ended (an incident's time and ID, or a ledger line's
 * number). They carry no secret and grant nothing: a page is still filtered by what the caller may see.
 */
final class Cursors {

    private Cursors() {
    }

    static String of(IncidentCursor cursor) {
        return encode("i:" + cursor.raisedAt().toEpochMilli() + ":" + cursor.id().value());
    }

    /** A place in the support queue: the due time and the incident. */
    static String ofQueue(SupportQueue.Cursor cursor) {
        return encode("q:" + cursor.firstResponseDueAt().toEpochMilli() + ":" + cursor.id().value());
    }

    static Optional<SupportQueue.Cursor> queue(String after) {
        return Optional.ofNullable(after).map(typed -> OpaqueCursors.timeAndKey(typed, "q",
                (dueAt, id) -> new SupportQueue.Cursor(dueAt, new IncidentId(id))));
    }

    static String ofLine(long number) {
        return encode("u:" + number);
    }

    static Optional<IncidentCursor> incident(String after) {
        return Optional.ofNullable(after).map(typed -> OpaqueCursors.timeAndKey(typed, "i",
                (raisedAt, id) -> new IncidentCursor(raisedAt, new IncidentId(id))));
    }

    static Optional<Long> line(String after) {
        return Optional.ofNullable(after).map(typed -> {
            String[] parts = decode(typed).split(":", 2);
            try {
                if (parts.length == 2 && parts[0].equals("u")) {
                    return Long.parseLong(parts[1]);
                }
            } catch (NumberFormatException ignored) {
                // falls through to the refusal
            }
            throw invalid();
        });
    }
}
