package com.partnerbenefits.adapter.graphql.backoffice;

import com.partnerbenefits.adapter.graphql.benefit.SupportContractView;
import com.partnerbenefits.adapter.graphql.benefit.TechnicalBenefitView;
import com.partnerbenefits.adapter.graphql.catalog.ProductView;
import com.partnerbenefits.adapter.graphql.partner.AccountView;
import com.partnerbenefits.adapter.graphql.partner.MembershipView;
import com.partnerbenefits.adapter.graphql.partner.PartnerView;
import com.partnerbenefits.adapter.graphql.support.MutationPayload;
import com.partnerbenefits.adapter.graphql.support.UserError;
import java.util.List;

/** The back-office mutation payloads: one record per GraphQL payload type, its result null when refused. */
final class BackOfficePayloads {

    private BackOfficePayloads() {
    }

    record RegisterPartnerPayload(PartnerView partner, List<UserError> userErrors) implements MutationPayload {
    }

    record RegisterAccountPayload(AccountView account, List<UserError> userErrors) implements MutationPayload {
    }

    record GrantMembershipPayload(MembershipView membership, List<UserError> userErrors) implements MutationPayload {
    }

    record EndMembershipPayload(MembershipView membership, List<UserError> userErrors) implements MutationPayload {
    }

    /** The plan (a benefit of its paid kind) and its contract; both null when refused. */
    record RecordPaidSupportPlanPayload(TechnicalBenefitView plan, SupportContractView contract,
            List<UserError> userErrors) implements MutationPayload {
    }

    record RegisterProductPayload(ProductView product, List<UserError> userErrors) implements MutationPayload {
    }
}
