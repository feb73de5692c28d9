package com.partnerbenefits.adapter.mongo;

import com.partnerbenefits.domain.advisory.Advisory;
import com.partnerbenefits.domain.membership.MembershipId;
import com.partnerbenefits.domain.partner.AccountId;
import java.time.Instant;
import java.util.Optional;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** An advisory request; its hours are counted on its membership's document (see {@link MongoAdvisoryHoursStore}). */
@Document(AdvisoryDocument.COLLECTION)
record AdvisoryDocument(@Id String id, String membershipId, String requestedBy, String topic, String description,
        int reservedHalfHours, String idempotencyKey, Instant requestedAt, String status, int usedHalfHours,
        Instant settledAt) {

    static final String COLLECTION = "advisories";

    static AdvisoryDocument of(Advisory advisory) {
        return new AdvisoryDocument(advisory.id(), advisory.membership().value(), advisory.requestedBy().value(),
                advisory.topic(), advisory.description(), advisory.reservedHalfHours(), advisory.idempotencyKey(),
                advisory.requestedAt(), advisory.status().name(), advisory.usedHalfHours(), advisory.settledAt().orElse(null));
    }

    Advisory toAdvisory() {
        return new Advisory(id, new MembershipId(membershipId), new AccountId(requestedBy), topic, description,
                reservedHalfHours, idempotencyKey, requestedAt, Advisory.Status.valueOf(status), usedHalfHours,
                Optional.ofNullable(settledAt));
    }
}
