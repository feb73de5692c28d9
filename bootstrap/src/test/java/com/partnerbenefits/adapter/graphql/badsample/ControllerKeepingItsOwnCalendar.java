package com.partnerbenefits.adapter.graphql.badsample;

import java.time.Clock;
import java.time.LocalDate;

/** Deliberately wrong: an API class holding the clock to decide whether a membership is active. Test sources only. */
public class ControllerKeepingItsOwnCalendar {

    private final Clock clock;

    public ControllerKeepingItsOwnCalendar(Clock clock) {
        this.clock = clock;
    }

    public boolean active(LocalDate startsOn, LocalDate endsOn) {
        LocalDate today = LocalDate.now(clock);
        return !today.isBefore(startsOn) && !today.isAfter(endsOn);
    }
}
