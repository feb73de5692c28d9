package com.partnerbenefits.adapter.graphql.partner;

import com.partnerbenefits.domain.partner.AccountKind;
import com.partnerbenefits.domain.partner.PartnerId;
import com.partnerbenefits.domain.partner.PartnerRole;
import com.partnerbenefits.domain.partner.ProgramAssociation;
import java.time.Instant;
import java.util.List;

/** The GraphQL {@code Account}; {@code partnerId} is null for a standalone account. */
public record AccountView(String id, String login, AccountKind kind, List<PartnerRole> roles,
        List<ProgramAssociation> associations, Instant createdAt, PartnerId partnerId) {
}
