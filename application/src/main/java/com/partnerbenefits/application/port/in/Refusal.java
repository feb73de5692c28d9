package com.partnerbenefits.application.port.in;

import com.partnerbenefits.domain.shared.FieldViolation;
import com.partnerbenefits.domain.shared.ViolationRule;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Why a use case said no: a stable code and, for input problems, the field and the broken rule;
 * {@code details} are values the message shows (a date to retry after, say); {@code field} names the input
 * a business refusal is about (the product version no longer supported, say), when it is about one.
 */
public record Refusal(RefusalCode code, Optional<FieldViolation> violation, List<Object> details, Optional<String> field) {

    public Refusal {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(violation, "violation");
        details = List.copyOf(details);
        Objects.requireNonNull(field, "field");
        if (violation.isPresent()) {
            field = Optional.of(violation.get().field());
        }
    }

    /** How long a caller refused CONFLICT waits before retrying: contention passes quickly. */
    public static final Duration CONFLICT_RETRY_AFTER = Duration.ofSeconds(1);

    /** Contention that outlasted the retries: {@code reason} (a CONFLICT), with the time to retry after, from {@code now}. */
    public static Refusal conflict(RefusalReason reason, Instant now) {
        if (reason.code() != RefusalCode.CONFLICT) {
            throw new IllegalArgumentException(reason + " is no CONFLICT");
        }
        return of(reason, now.plus(CONFLICT_RETRY_AFTER));
    }

    public static Refusal of(RefusalReason reason, Object... details) {
        return new Refusal(reason.code(), Optional.empty(), List.of(details), Optional.empty());
    }

    public static Refusal invalid(FieldViolation violation) {
        return new Refusal(RefusalCode.INVALID_INPUT, Optional.of(violation), List.of(), Optional.empty());
    }

    /** A reference to something that does not exist, reported on the input field that named it. */
    public static Refusal notFound(String field) {
        return notFound(FieldViolation.of(field, ViolationRule.NOT_FOUND));
    }

    /** A reference that names nothing this input may name, reported as {@code violation} says. */
    public static Refusal notFound(FieldViolation violation) {
        return new Refusal(RefusalCode.NOT_FOUND, Optional.of(violation), List.of(), Optional.empty());
    }

    /** The same refusal, about the input field {@code name}. */
    public Refusal on(String name) {
        return new Refusal(code, violation, details, Optional.of(name));
    }

    public static List<Refusal> invalid(List<FieldViolation> violations) {
        return violations.stream().map(Refusal::invalid).toList();
    }
}
