package com.partnerbenefits.adapter.graphql.partner;

import com.partnerbenefits.domain.partner.PartnerId;
import java.time.Instant;

/** The GraphQL {@code Partner}; {@code partnerId} is the key nested fields load by; {@code timeZone} an IANA name. */
public record PartnerView(String id, String name, String mpnId, Instant registeredAt, PartnerId partnerId, String timeZone) {
}
