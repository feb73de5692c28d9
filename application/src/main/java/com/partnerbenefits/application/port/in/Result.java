package com.partnerbenefits.application.port.in;

import java.util.List;
import java.util.Objects;

/**
 * What a use case answers: the outcome it produced, or the refusals explaining why not. Business
 * refusals are data, never exceptions, so no reason is lost on the way to the client.
 */
public sealed interface Result<T> permits Result.Succeeded, Result.Refused {

    static <T> Result<T> succeeded(T value) {
        return new Succeeded<>(value);
    }

    static <T> Result<T> refused(RefusalCode code) {
        return new Refused<>(List.of(Refusal.of(code)));
    }

    static <T> Result<T> refused(Refusal refusal) {
        return new Refused<>(List.of(refusal));
    }

    record Succeeded<T>(T value) implements Result<T> {
        public Succeeded {
            Objects.requireNonNull(value, "value");
        }
    }

    record Refused<T>(List<Refusal> refusals) implements Result<T> {
        public Refused {
            if (refusals.isEmpty()) {
                throw new IllegalArgumentException("a refusal needs a reason");
            }
            refusals = List.copyOf(refusals);
        }
    }
}
