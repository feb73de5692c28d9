package com.partnerbenefits.adapter.mongo;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Dates are ISO-8601 strings: they sort correctly and never shift with a time zone. A paid plan's
 * {@code incidentsBought} (null: unlimited, and for every programme membership).
 */
@Document(MembershipDocument.COLLECTION)
record MembershipDocument(@Id String id, String partnerId, String offer, String competencyArea, String startsOn,
        String endsOn, Integer incidentsBought, Integer advisoryHalfHours, Integer advisoryHalfHoursRemaining) {
    static final String COLLECTION = "memberships";
}
