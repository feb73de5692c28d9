package com.partnerbenefits.application.port.in;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * What a use case answers: the outcome it produced, or the refusals explaining why not. Business
 * refusals are data, never exceptions, so no reason is lost on the way to the client.
 */
public sealed interface Result<T> permits Result.Succeeded, Result.Refused {

    /** What {@code succeeded} makes of the value, or {@code refused} of the refusals. */
    <X> X fold(Function<? super T, ? extends X> succeeded, Function<List<Refusal>, ? extends X> refused);

    /** The value mapped; the same refusals when refused. */
    default <U> Result<U> map(Function<? super T, ? extends U> mapping) {
        return fold(value -> succeeded(mapping.apply(value)), Refused::new);
    }

    static <T> Result<T> succeeded(T value) {
        return new Succeeded<>(value);
    }

    static <T> Result<T> refused(RefusalReason reason) {
        return new Refused<>(List.of(Refusal.of(reason)));
    }

    static <T> Result<T> refused(Refusal refusal) {
        return new Refused<>(List.of(refusal));
    }

    record Succeeded<T>(T value) implements Result<T> {
        public Succeeded {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public <X> X fold(Function<? super T, ? extends X> succeeded, Function<List<Refusal>, ? extends X> refused) {
            return succeeded.apply(value);
        }
    }

    record Refused<T>(List<Refusal> refusals) implements Result<T> {
        public Refused {
            if (refusals.isEmpty()) {
                throw new IllegalArgumentException("a refusal needs a reason");
            }
            refusals = List.copyOf(refusals);
        }

        @Override
        public <X> X fold(Function<? super T, ? extends X> succeeded, Function<List<Refusal>, ? extends X> refused) {
            return refused.apply(refusals);
        }
    }
}
