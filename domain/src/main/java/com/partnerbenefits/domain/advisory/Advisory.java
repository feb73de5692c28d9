package com.partnerbenefits.domain.advisory;

import com.partnerbenefits.domain.membership.MembershipId;
import com.partnerbenefits.domain.partner.AccountId;
import com.partnerbenefits.domain.shared.HalfHours;
import com.partnerbenefits.domain.shared.Validation;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A request for Technical Presales and Deployment advice: the hours it asked for are reserved from
 * its membership's advisory hours when it is made, exactly; completion settles the hours used in half
 * hours and gives back the rest; a withdrawal before completion gives back all. Each change of status
 * happens once, from REQUESTED only, so what is given back is decided once.
 */
public record Advisory(String id, MembershipId membership, AccountId requestedBy, String topic, String description,
        int reservedHalfHours, String idempotencyKey, Instant requestedAt, Status status, int usedHalfHours,
        Optional<Instant> settledAt) {

    public enum Status { REQUESTED, COMPLETED, WITHDRAWN }

    /** A place in a membership's advisories, newest request first (then the larger id first). */
    public record Cursor(Instant requestedAt, String id) {
        public Cursor {
            Objects.requireNonNull(requestedAt, "requestedAt");
            Objects.requireNonNull(id, "id");
        }

        public static Cursor of(Advisory advisory) {
            return new Cursor(advisory.requestedAt(), advisory.id());
        }

        /** Whether {@code advisory} comes after this place. */
        public boolean precedes(Advisory advisory) {
            int byTime = advisory.requestedAt().compareTo(requestedAt);
            return byTime < 0 || (byTime == 0 && advisory.id().compareTo(id) < 0);
        }
    }

    public static final int MAX_TOPIC = 200;
    public static final int MAX_DESCRIPTION = 10_000;

    public Advisory {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(membership, "membership");
        Objects.requireNonNull(requestedBy, "requestedBy");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(settledAt, "settledAt");
        if (reservedHalfHours <= 0 || usedHalfHours < 0 || usedHalfHours > reservedHalfHours
                || (status != Status.COMPLETED && usedHalfHours != 0) || (status == Status.REQUESTED) != settledAt.isEmpty()) {
            throw new IllegalArgumentException("advisory " + id + " " + status + " used " + usedHalfHours + " of " + reservedHalfHours);
        }
    }

    /** Whether {@code other} asks for the same as this request (a replayed idempotency key must). */
    public boolean replays(Advisory other) {
        return membership.equals(other.membership) && topic.equals(other.topic) && description.equals(other.description)
                && reservedHalfHours == other.reservedHalfHours;
    }

    /** What a partner asks for, checked with every violation collected: the hours in half hours, the rest stripped. */
    public record Request(String topic, String description, int reservedHalfHours, String idempotencyKey) {

        public static Request of(String topic, String description, Integer hours, String idempotencyKey) {
            Validation validation = new Validation();
            validation.text("topic", topic, 1, MAX_TOPIC);
            if (description != null) {
                validation.multilineText("description", description, 0, MAX_DESCRIPTION);
            }
            Integer reserved = validation.attempt(() -> HalfHours.ofWholeHours("hours", hours));
            validation.text("idempotencyKey", idempotencyKey, 1, MAX_IDEMPOTENCY_KEY);
            validation.throwIfInvalid();
            return new Request(topic.strip(), description == null ? "" : description.strip(), reserved, idempotencyKey.strip());
        }
    }

    public static final int MAX_IDEMPOTENCY_KEY = 100;

    /** A new request, its input checked with every violation collected. */
    public static Advisory request(String id, MembershipId membership, AccountId by, String topic, String description,
            Integer hours, String idempotencyKey, Instant at) {
        return request(id, membership, by, Request.of(topic, description, hours, idempotencyKey), at);
    }

    /** A new request of {@code by} on {@code membership}: REQUESTED, its hours to be reserved. */
    public static Advisory request(String id, MembershipId membership, AccountId by, Request request, Instant at) {
        return new Advisory(id, membership, by, request.topic(), request.description(), request.reservedHalfHours(),
                request.idempotencyKey(), at, Status.REQUESTED, 0, Optional.empty());
    }

    /** REQUESTED → COMPLETED with the hours used settled in half hours; empty from any other status. */
    public Optional<Advisory> complete(double hoursUsed, Instant at) {
        int used = HalfHours.used("hoursUsed", hoursUsed, reservedHalfHours);
        return status == Status.REQUESTED ? Optional.of(new Advisory(id, membership, requestedBy, topic, description,
                reservedHalfHours, idempotencyKey, requestedAt, Status.COMPLETED, used, Optional.of(at))) : Optional.empty();
    }

    /** REQUESTED → WITHDRAWN; empty from any other status. */
    public Optional<Advisory> withdraw(Instant at) {
        return status == Status.REQUESTED ? Optional.of(new Advisory(id, membership, requestedBy, topic, description,
                reservedHalfHours, idempotencyKey, requestedAt, Status.WITHDRAWN, 0, Optional.of(at))) : Optional.empty();
    }

    /** The half hours its settlement gives back to the allowance: none while requested. */
    public int givesBackHalfHours() {
        return status == Status.REQUESTED ? 0 : reservedHalfHours - usedHalfHours;
    }
}
