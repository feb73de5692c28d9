package com.partnerbenefits.adapter.graphql.backoffice;

import com.partnerbenefits.domain.benefit.BenefitKind;
import com.partnerbenefits.domain.membership.MembershipOffer;
import com.partnerbenefits.domain.partner.AccountKind;
import com.partnerbenefits.domain.partner.PartnerRole;
import com.partnerbenefits.domain.partner.ProgramAssociation;
import com.partnerbenefits.domain.product.ProductKind;
import java.time.LocalDate;
import java.util.List;

/** The back-office mutation inputs, bound from GraphQL arguments; validation happens in the commands. */
final class BackOfficeInputs {

    private BackOfficeInputs() {
    }

    record RegisterPartnerInput(String name, String mpnId, String timeZone) {
    }

    record RegisterAccountInput(String login, AccountKind kind, String partnerId, List<PartnerRole> roles,
            List<ProgramAssociation> associations) {
    }

    record GrantMembershipInput(String partnerId, MembershipOffer offer, String competencyArea, LocalDate startsOn,
            LocalDate endsOn, Integer advisoryHours) {
    }

    record EndMembershipInput(String membershipId, LocalDate endsOn) {
    }

    /** {@code incidents} null is unlimited. */
    record RecordPaidSupportPlanInput(String partnerId, BenefitKind kind, LocalDate startsOn, LocalDate endsOn,
            Integer incidents) {
    }

    record RegisterProductInput(String name, ProductKind kind, List<String> versions) {
    }
}
