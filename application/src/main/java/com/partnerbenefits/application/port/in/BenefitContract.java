package com.partnerbenefits.application.port.in;

import com.partnerbenefits.domain.contract.ContractStatus;
import com.partnerbenefits.domain.contract.SupportContract;
import com.partnerbenefits.domain.membership.Membership;
import java.time.LocalDate;
import java.util.Objects;

/** A support contract read together with its membership, which decides when it ends. */
public record BenefitContract(SupportContract contract, Membership membership) {

    public BenefitContract {
        Objects.requireNonNull(contract, "contract");
        Objects.requireNonNull(membership, "membership");
        if (!contract.benefitId().membershipId().equals(membership.id())) {
            throw new IllegalArgumentException("contract " + contract.id() + " does not belong to " + membership.id());
        }
    }

    public LocalDate endsOn() {
        return membership.endsOn();
    }

    public ContractStatus statusOn(LocalDate today) {
        return contract.statusOn(today, endsOn());
    }
}
