package com.partnerbenefits.application.port.in;

import java.time.Instant;
import java.util.Optional;

/** The per-account rate limit on changes: whether a mutation request may run now, or from when. */
public interface AdmitMutationUseCase {

    /** Empty when admitted (and counted); otherwise the instant the account may try again. */
    Optional<Instant> admit(Viewer viewer);
}
