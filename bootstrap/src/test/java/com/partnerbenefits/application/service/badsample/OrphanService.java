package com.partnerbenefits.application.service.badsample;

/** Deliberately wrong: a service that implements no in-port. Test sources only. */
public class OrphanService {
}
