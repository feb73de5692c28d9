package com.partnerbenefits.application.port.in;

import com.partnerbenefits.domain.contract.ContractStatus;
import com.partnerbenefits.domain.contract.SupportContract;
import com.partnerbenefits.domain.membership.Membership;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A support contract read together with its membership, which decides when it ends, and its status as
 * the application decided it on the day it was read (adapters show it, they never ask what day it is).
 */
public record BenefitContract(SupportContract contract, Membership membership, ContractStatus status) {

    public BenefitContract {
        Objects.requireNonNull(contract, "contract");
        Objects.requireNonNull(membership, "membership");
        Objects.requireNonNull(status, "status");
        if (!contract.benefitId().membershipId().equals(membership.id())) {
            throw new IllegalArgumentException("contract " + contract.id() + " does not belong to " + membership.id());
        }
    }

    /** The contract as it stands {@code today}: the contract's own rule decides its status. */
    public static BenefitContract asOf(LocalDate today, SupportContract contract, Membership membership) {
        return new BenefitContract(contract, membership, contract.statusOn(today, membership.endsOn()));
    }

    public LocalDate endsOn() {
        return membership.endsOn();
    }
}
