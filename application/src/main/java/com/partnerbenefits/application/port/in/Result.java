package com.partnerbenefits.application.port.in;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * What a use case answers: the outcome it produced, or the refusals explaining why not. Business
 * refusals are data, never exceptions, so no reason is lost on the way to the client. {@code R} is the
 * use case's own {@code Reason} enum: what it can refuse, in its signature ({@link RefusalReason}).
 */
public sealed interface Result<T, R extends RefusalReason> permits Result.Succeeded, Result.Refused {

    /** What {@code succeeded} makes of the value, or {@code refused} of the refusals. */
    <X> X fold(Function<? super T, ? extends X> succeeded, Function<List<Refusal>, ? extends X> refused);

    /** The value mapped; the same refusals when refused. */
    default <U> Result<U, R> map(Function<? super T, ? extends U> mapping) {
        return fold(value -> succeeded(mapping.apply(value)), Refused::new);
    }

    static <T, R extends RefusalReason> Result<T, R> succeeded(T value) {
        return new Succeeded<>(value);
    }

    /** Refused for one of the use case's own reasons; {@code details} are values its message shows. */
    static <T, R extends RefusalReason> Result<T, R> refused(R reason, Object... details) {
        return new Refused<>(List.of(Refusal.of(reason, details)));
    }

    /** Refused with a refusal any use case may give (INVALID_INPUT, NOT_FOUND) or one built from its reasons. */
    static <T, R extends RefusalReason> Result<T, R> refused(Refusal refusal) {
        return new Refused<>(List.of(refusal));
    }

    record Succeeded<T, R extends RefusalReason>(T value) implements Result<T, R> {
        public Succeeded {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public <X> X fold(Function<? super T, ? extends X> succeeded, Function<List<Refusal>, ? extends X> refused) {
            return succeeded.apply(value);
        }
    }

    record Refused<T, R extends RefusalReason>(List<Refusal> refusals) implements Result<T, R> {
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
