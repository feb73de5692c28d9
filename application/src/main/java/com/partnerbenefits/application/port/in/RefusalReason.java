package com.partnerbenefits.application.port.in;

/**
 * One thing a use case can refuse. Each use case lists its own as a nested {@code Reason} enum, each
 * constant named exactly as the SPEC's stable code ({@link RefusalCode}), and names it in its signature
 * ({@code Result<Raised, RaiseIncidentUseCase.Reason>}), so {@link Result#refused(RefusalReason, Object...)}
 * accepts no other (an ArchUnit rule also keeps services off the global {@link RefusalCode}). Besides its
 * reasons, any use case that takes input may answer INVALID_INPUT ({@link Refusal#invalid}) and NOT_FOUND
 * ({@link Refusal#notFound}).
 */
public interface RefusalReason {

    String name();

    /** The stable code clients see. */
    default RefusalCode code() {
        return RefusalCode.valueOf(name());
    }
}
