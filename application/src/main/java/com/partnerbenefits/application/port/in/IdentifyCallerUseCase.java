package com.partnerbenefits.application.port.in;

/** Resolves the caller's account, recording an account seen for the first time as standalone. */
public interface IdentifyCallerUseCase {

    Viewer identify(Caller caller);
}
