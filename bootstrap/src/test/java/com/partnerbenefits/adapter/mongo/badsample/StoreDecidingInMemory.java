package com.partnerbenefits.adapter.mongo.badsample;

import com.partnerbenefits.domain.contract.Coverage;
import com.partnerbenefits.domain.contract.SupportContract;
import com.partnerbenefits.domain.incident.IncidentUsage;
import java.time.LocalDate;

/** A store that reads, tests the rule in memory and writes: not atomic, and a second place for the rule. */
public class StoreDecidingInMemory {

    public boolean take(SupportContract current, IncidentUsage.Take take) {
        return take.allowedOn(current) && Coverage.reasonsItCannotBeUsed(current, LocalDate.MAX, LocalDate.MIN).isEmpty();
    }
}
