package com.partnerbenefits.application.service;

import com.partnerbenefits.application.port.out.ContractControlStore;
import com.partnerbenefits.application.port.out.IdGenerator;
import com.partnerbenefits.application.port.out.SupportContractStore;
import com.partnerbenefits.domain.benefit.TechnicalBenefit;
import com.partnerbenefits.domain.contract.ContractCredentials;
import com.partnerbenefits.domain.contract.SupportContract;
import com.partnerbenefits.domain.contract.SupportContractId;
import com.partnerbenefits.domain.membership.Membership;
import com.partnerbenefits.domain.partner.AccountId;
import java.time.Clock;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * Issues a benefit's contract without transactions: the contract is inserted under unique indexes on
 * its benefit and on both credentials. Losing the race for the benefit means another activation stored
 * one at the same moment, so the winner's contract is the answer; losing it on a credential (a random
 * collision) means drawing new ones. Activation and recording a paid plan both issue through here.
 */
final class ContractIssuer {

    static final int CREDENTIAL_ATTEMPTS = 5;

    /** The benefit's contract, and whether it existed before (another activation stored it first). */
    record Issued(SupportContract contract, boolean alreadyActivated) {
    }

    private final SupportContractStore contracts;
    private final ContractControlStore controls;
    private final IdGenerator ids;
    private final RandomGenerator random;
    private final Clock clock;

    ContractIssuer(SupportContractStore contracts, ContractControlStore controls, IdGenerator ids, RandomGenerator random,
            Clock clock) {
        this.contracts = contracts;
        this.controls = controls;
        this.ids = ids;
        this.random = random;
        this.clock = clock;
    }

    Issued issue(TechnicalBenefit benefit, Membership membership, AccountId activatedBy) {
        for (int attempt = 0; attempt < CREDENTIAL_ATTEMPTS; attempt++) {
            SupportContract candidate = SupportContract.activate(new SupportContractId(ids.newId()), benefit, membership,
                    ContractCredentials.random(random), clock.instant());
            if (controls.addActivated(candidate, activatedBy)) {
                return new Issued(candidate, false);
            }
            Optional<SupportContract> winner = contracts.findByBenefit(benefit.id());
            if (winner.isPresent()) {
                return new Issued(winner.get(), true);
            }
        }
        throw new IllegalStateException("no free credentials after " + CREDENTIAL_ATTEMPTS + " draws; is the generator random?");
    }
}
