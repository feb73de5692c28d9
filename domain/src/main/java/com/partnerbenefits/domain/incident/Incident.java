package com.partnerbenefits.domain.incident;

import com.partnerbenefits.domain.partner.AccountId;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;

/**
 * A support incident. {@code idempotencyKey} is unique per account, and {@code request.fingerprint()}
 * tells a replay from a reused key. Its first response is due by {@code firstResponseDueAt}, fixed
 * when it is raised ({@link FirstResponsePolicy}); the lifecycle methods answer the changed incident,
 * or empty when its status does not allow the change.
 */
public record Incident(IncidentId id, AccountId raisedBy, IncidentRequest request, IncidentStatus status,
        Instant raisedAt, String idempotencyKey, Instant firstResponseDueAt, Optional<Instant> firstRespondedAt,
        Optional<Resolution> resolution) {

    public static final int MAX_IDEMPOTENCY_KEY = 255;

    public Incident {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(raisedBy, "raisedBy");
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(raisedAt, "raisedAt");
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        Objects.requireNonNull(firstRespondedAt, "firstRespondedAt");
        Objects.requireNonNull(resolution, "resolution");
        if (firstResponseDueAt == null) {
            firstResponseDueAt = legacyDueAt(request.severity(), raisedAt);
        }
        if (resolution.isPresent() != (status == IncidentStatus.RESOLVED)) {
            throw new IllegalArgumentException("a resolution exactly when RESOLVED");
        }
    }

    /** An incident as stored before due times and resolutions existed. */
    public Incident(IncidentId id, AccountId raisedBy, IncidentRequest request, IncidentStatus status, Instant raisedAt,
            String idempotencyKey) {
        this(id, raisedBy, request, status, raisedAt, idempotencyKey, null, Optional.empty(), Optional.empty());
    }

    /**
     * Incidents stored before due times existed have none: theirs is computed from when they were
     * raised, with business hours in UTC (their partner's zone was not known then).
     */
    public static Instant legacyDueAt(Severity severity, Instant raisedAt) {
        return FirstResponsePolicy.dueAt(severity, raisedAt, ZoneOffset.UTC);
    }

    /** A new OPEN incident; its first response is due by the policy, in the owning partner's business hours. */
    public static Incident raise(IncidentId id, AccountId by, IncidentRequest request, Instant now, String idempotencyKey,
            ZoneId businessHoursZone) {
        return new Incident(id, by, request, IncidentStatus.OPEN, now, idempotencyKey,
                FirstResponsePolicy.dueAt(request.severity(), now, businessHoursZone), Optional.empty(), Optional.empty());
    }

    public boolean replays(IncidentRequest other) {
        return request.fingerprint().equals(other.fingerprint());
    }

    /** A request can be withdrawn before an engineer starts work on it, not after. */
    public boolean mayBeWithdrawn() {
        return status == IncidentStatus.OPEN;
    }

    public Optional<Incident> withdraw() {
        return mayBeWithdrawn() ? Optional.of(withStatus(IncidentStatus.WITHDRAWN, firstRespondedAt, resolution))
                : Optional.empty();
    }

    /** OPEN → IN_PROGRESS; starting work is the first response. */
    public Optional<Incident> startWork(Instant now) {
        return status == IncidentStatus.OPEN
                ? Optional.of(withStatus(IncidentStatus.IN_PROGRESS, Optional.of(firstRespondedAt.orElse(now)), resolution))
                : Optional.empty();
    }

    /** OPEN or IN_PROGRESS → RESOLVED; a resolution with no response before is the first response. */
    public Optional<Incident> resolve(Resolution resolved) {
        return status.resolvable()
                ? Optional.of(withStatus(IncidentStatus.RESOLVED, Optional.of(firstRespondedAt.orElse(resolved.at())),
                        Optional.of(resolved)))
                : Optional.empty();
    }

    /**
     * Whether it is not charged to its contract: withdrawn while open, or resolved for a cause that
     * gives it back. Such an incident is given back to its contract, exactly once.
     */
    public boolean givenBack() {
        return refundReason().isPresent();
    }

    /** Why it is given back to its contract, as its ledger line says; empty while it is charged. */
    public Optional<UsageEntry.RefundReason> refundReason() {
        if (status == IncidentStatus.WITHDRAWN) {
            return Optional.of(UsageEntry.RefundReason.WITHDRAWN);
        }
        return resolution.filter(Resolution::givesIncidentBack).map(resolved -> switch (resolved.cause()) {
            case DUPLICATE -> UsageEntry.RefundReason.DUPLICATE;
            case BILLING_OR_QUOTA -> UsageEntry.RefundReason.BILLING_OR_QUOTA;
            case PRODUCT_DEFECT, SOLVED, OTHER -> UsageEntry.RefundReason.PRODUCT_DEFECT;
        });
    }

    /** No first response by the due time: a late one, or none yet and the due time has passed. */
    public boolean slaBreached(Instant now) {
        return firstRespondedAt.map(responded -> responded.isAfter(firstResponseDueAt))
                .orElseGet(() -> (status == IncidentStatus.OPEN) && now.isAfter(firstResponseDueAt));
    }

    private Incident withStatus(IncidentStatus next, Optional<Instant> responded, Optional<Resolution> resolved) {
        return new Incident(id, raisedBy, request, next, raisedAt, idempotencyKey, firstResponseDueAt, responded, resolved);
    }
}
