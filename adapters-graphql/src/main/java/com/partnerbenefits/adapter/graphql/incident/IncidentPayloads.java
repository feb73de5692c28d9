package com.partnerbenefits.adapter.graphql.incident;

import com.partnerbenefits.adapter.graphql.benefit.SupportContractView;
import com.partnerbenefits.adapter.graphql.incident.IncidentViews.IncidentView;
import com.partnerbenefits.adapter.graphql.support.MutationPayload;
import com.partnerbenefits.adapter.graphql.support.UserError;
import java.util.List;

/** The payloads of raising and withdrawing an incident; the contract is null under the Cloud Solution Provider plan. */
public final class IncidentPayloads {

    private IncidentPayloads() {
    }

    public record RaiseIncidentPayload(IncidentView incident, SupportContractView contract, List<UserError> userErrors)
            implements MutationPayload {
    }

    public record WithdrawIncidentPayload(IncidentView incident, SupportContractView contract, List<UserError> userErrors)
            implements MutationPayload {
    }
}
