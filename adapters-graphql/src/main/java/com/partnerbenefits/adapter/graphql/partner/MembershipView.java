package com.partnerbenefits.adapter.graphql.partner;

import com.partnerbenefits.application.port.in.MembershipStanding;
import com.partnerbenefits.domain.membership.MembershipOffer;
import java.time.LocalDate;

/** The GraphQL {@code Membership}; {@code membership} is the application's answer its benefits derive from. */
public record MembershipView(String id, MembershipOffer offer, String competencyArea, boolean cloudCompetency,
        LocalDate startsOn, LocalDate endsOn, boolean active, MembershipStanding membership) {
}
