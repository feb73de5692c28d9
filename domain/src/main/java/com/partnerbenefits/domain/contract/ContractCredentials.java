package com.partnerbenefits.domain.contract;

import java.util.Objects;
import java.util.random.RandomGenerator;

/** The Access ID and Contract ID pair that links a contract to an account. */
public record ContractCredentials(AccessId accessId, ContractId contractId) {

    public ContractCredentials {
        Objects.requireNonNull(accessId, "accessId");
        Objects.requireNonNull(contractId, "contractId");
    }

    public static ContractCredentials random(RandomGenerator random) {
        return new ContractCredentials(AccessId.random(random), ContractId.random(random));
    }
}
