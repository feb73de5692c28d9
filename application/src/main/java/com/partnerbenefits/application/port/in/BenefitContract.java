package com.partnerbenefits.application.port.in;

import com.partnerbenefits.domain.contract.ContractCredentials;
import com.partnerbenefits.domain.contract.ContractStatus;
import com.partnerbenefits.domain.contract.SupportContract;
import com.partnerbenefits.domain.membership.Membership;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A support contract read together with its membership, which decides when it ends, and its status as
 * the application decided it on the day it was read (adapters show it, they never ask what day it is).
 * {@code credentials} are present only when the access policy let the reader have them (SPEC 5.1): the
 * adapters answer the Access ID and Contract ID from here, never from {@code contract}.
 */
public record BenefitContract(SupportContract contract, Membership membership, ContractStatus status,
        Optional<ContractCredentials> credentials) {

    public BenefitContract {
        Objects.requireNonNull(contract, "contract");
        Objects.requireNonNull(membership, "membership");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(credentials, "credentials");
        if (!contract.benefitId().membershipId().equals(membership.id())) {
            throw new IllegalArgumentException("contract " + contract.id() + " does not belong to " + membership.id());
        }
    }

    /**
     * The contract as it stands {@code today}: the contract's own rule decides its status. Only the
     * {@code AccessPolicy} decides {@code withCredentials} (its {@code contractAsReadBy}).
     */
    public static BenefitContract asOf(LocalDate today, SupportContract contract, Membership membership, boolean withCredentials) {
        return new BenefitContract(contract, membership, contract.statusOn(today, membership.endsOn()),
                withCredentials ? Optional.of(new ContractCredentials(contract.accessId(), contract.contractId())) : Optional.empty());
    }

    public LocalDate endsOn() {
        return membership.endsOn();
    }
}
