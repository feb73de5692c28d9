package com.partnerbenefits.adapter.graphql.support;

import com.partnerbenefits.application.port.in.Caller;
import java.util.Optional;

/** Who sent the current request, as the security layer verified it (implemented where security lives). */
@FunctionalInterface
public interface CallerSource {

    Optional<Caller> currentCaller();
}
