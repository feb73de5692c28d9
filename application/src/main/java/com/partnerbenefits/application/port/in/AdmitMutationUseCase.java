package com.partnerbenefits.application.port.in;

import java.time.Instant;
import java.util.Optional;

/** The per-account rate limit on changes: whether a request's mutations may run now, or from when. */
public interface AdmitMutationUseCase {

    /** When a refused account may try again, and how many whole seconds from now that is (rounded up). */
    record RetryLater(Instant at, long afterSeconds) {
    }

    /**
     * Admits a request carrying {@code mutations} mutation fields (aliases and fragments counted), each
     * counted against the limit; empty when admitted, otherwise when the account may try again.
     */
    Optional<RetryLater> admit(Viewer viewer, int mutations);
}
