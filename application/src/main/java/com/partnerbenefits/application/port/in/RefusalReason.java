package com.partnerbenefits.application.port.in;

/**
 * One thing a use case can refuse. Each use case lists its own as a nested {@code Reason} enum next to
 * its method, each constant named exactly as the SPEC's stable code ({@link RefusalCode}), so the port
 * says what it can refuse and its service refuses with nothing else (an ArchUnit rule keeps services
 * off the global {@link RefusalCode}). Besides its reasons, any use case that takes input may answer
 * INVALID_INPUT ({@link Refusal#invalid}) and NOT_FOUND ({@link Refusal#notFound}).
 */
public interface RefusalReason {

    String name();

    /** The stable code clients see. */
    default RefusalCode code() {
        return RefusalCode.valueOf(name());
    }
}
