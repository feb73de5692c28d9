package com.partnerbenefits.application.port.in;

import com.partnerbenefits.domain.contract.SupportContractId;
import java.util.Map;
import java.util.Set;

/**
 * The contracts incidents were raised on ({@code Incident.contract}), in a constant number of round
 * trips: those the viewer may see (support engineers see every one).
 */
public interface IncidentContractsQuery {

    Map<SupportContractId, BenefitContract> contractsOf(Viewer viewer, Set<SupportContractId> contracts);
}
