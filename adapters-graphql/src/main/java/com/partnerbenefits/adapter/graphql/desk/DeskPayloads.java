package com.partnerbenefits.adapter.graphql.desk;

import com.partnerbenefits.adapter.graphql.benefit.SupportContractView;
import com.partnerbenefits.adapter.graphql.catalog.ProductView;
import com.partnerbenefits.adapter.graphql.partner.AccountView;
import com.partnerbenefits.adapter.graphql.support.MutationPayload;
import com.partnerbenefits.adapter.graphql.support.UserError;
import com.partnerbenefits.domain.contract.ContractEventKind;
import java.time.Instant;
import java.util.List;

/** The inputs, payloads and views of the operator's desk and the contract controls: one record per GraphQL type. */
public final class DeskPayloads {

    private DeskPayloads() {
    }

    public record AddProductVersionInput(String productId, String version) {
    }

    public record AddProductVersionPayload(ProductView product, List<UserError> userErrors) implements MutationPayload {
    }

    public record UpdateAccountInput(String accountId, List<com.partnerbenefits.domain.partner.PartnerRole> roles,
            List<com.partnerbenefits.domain.partner.ProgramAssociation> associations) {
    }

    public record UpdateAccountPayload(AccountView account, List<UserError> userErrors) implements MutationPayload {
    }

    public record RemoveAccountFromPartnerInput(String accountId) {
    }

    public record RemoveAccountFromPartnerPayload(AccountView account, List<UserError> userErrors) implements MutationPayload {
    }

    public record UnlinkSupportContractInput(String supportContractId, String accountId) {
    }

    public record UnlinkSupportContractPayload(SupportContractView contract, List<UserError> userErrors) implements MutationPayload {
    }

    public record RotateContractCredentialsInput(String supportContractId) {
    }

    public record RotateContractCredentialsPayload(SupportContractView contract, List<UserError> userErrors) implements MutationPayload {
    }

    /** The GraphQL {@code ContractEvent}; the accounts are null when unknown. */
    public record ContractEventView(ContractEventKind kind, Instant at, AccountView actor, AccountView account) {
    }
}
