package com.partnerbenefits.domain.incident;

import com.partnerbenefits.domain.partner.AccountId;
import java.time.Instant;
import java.util.Objects;

/**
 * A support incident as raised. {@code idempotencyKey} is unique per account, and
 * {@code request.fingerprint()} tells a replay from a reused key.
 */
public record Incident(IncidentId id, AccountId raisedBy, IncidentRequest request, IncidentStatus status,
        Instant raisedAt, String idempotencyKey) {

    public static final int MAX_IDEMPOTENCY_KEY = 255;

    public Incident {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(raisedBy, "raisedBy");
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(raisedAt, "raisedAt");
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
    }

    public static Incident raise(IncidentId id, AccountId by, IncidentRequest request, Instant now, String idempotencyKey) {
        return new Incident(id, by, request, IncidentStatus.OPEN, now, idempotencyKey);
    }

    public boolean replays(IncidentRequest other) {
        return request.fingerprint().equals(other.fingerprint());
    }
}
