package com.partnerbenefits.application.port.in.badsample;

/** Deliberately wrong: an in-port that names a service. Test sources only. */
public interface InPortKnowingAService {

    com.partnerbenefits.application.service.EntitlementRulesService implementation();
}
