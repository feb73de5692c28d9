package com.partnerbenefits.application.port.out;

/** New unique identifiers for stored objects; time-ordered, so newest-first ordering is cheap. */
public interface IdGenerator {

    String newId();
}
