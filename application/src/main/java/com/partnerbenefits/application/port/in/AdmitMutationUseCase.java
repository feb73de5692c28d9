package com.partnerbenefits.application.port.in;

import java.time.Instant;
import java.util.Optional;

/** The per-account rate limit on changes: whether a request's mutations may run now, or from when. */
public interface AdmitMutationUseCase {

    /**
     * Admits a request carrying {@code mutations} mutation fields (aliases and fragments counted), each
     * counted against the limit; empty when admitted, otherwise the instant the account may try again.
     */
    Optional<Instant> admit(Viewer viewer, int mutations);
}
