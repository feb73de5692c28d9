package com.partnerbenefits.application.port.in;

/**
 * Gives back the incidents a contract lost to requests cut short between taking the count and
 * storing the incident (the store went away and the immediate give-back failed too). Safe to run
 * at any time, on any instance, as often as wished: a give-back happens once per incident.
 */
public interface ReconcileConsumptionsUseCase {

    /** Answers how many incidents were given back. */
    int reconcile();
}
