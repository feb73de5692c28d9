package com.partnerbenefits.adapter.graphql.badsample;

import java.time.Instant;
import java.time.LocalDate;

/** Deliberately wrong: an API class deciding expiry and SLA breach from the system's time, without a Clock. Test sources only. */
public class ControllerAskingTheSystemWhatDayItIs {

    public boolean expired(LocalDate endsOn) {
        return LocalDate.now().isAfter(endsOn);
    }

    public boolean overdue(Instant due) {
        return Instant.now().isAfter(due);
    }
}
