package com.partnerbenefits.domain.contract;

import com.partnerbenefits.domain.benefit.IncidentAllowance;
import com.partnerbenefits.domain.benefit.TechnicalBenefit;
import com.partnerbenefits.domain.benefit.TechnicalBenefitId;
import com.partnerbenefits.domain.membership.Membership;
import com.partnerbenefits.domain.partner.PartnerId;
import com.partnerbenefits.domain.shared.Allowance;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * The support contract an activated benefit creates, with the credentials that link it to an
 * account. It runs from its activation until its membership's end: the end is always read from the
 * membership, never copied, so ending a membership early ends the contract with it and nothing can
 * go stale. {@code incidentsRemaining} is meaningful only when the allowance is limited.
 */
public record SupportContract(
        SupportContractId id,
        TechnicalBenefitId benefitId,
        PartnerId partnerId,
        AccessId accessId,
        ContractId contractId,
        IncidentAllowance allowance,
        int incidentsRemaining,
        Instant activatedAt) {

    public SupportContract {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(benefitId, "benefitId");
        Objects.requireNonNull(partnerId, "partnerId");
        Objects.requireNonNull(accessId, "accessId");
        Objects.requireNonNull(contractId, "contractId");
        Objects.requireNonNull(allowance, "allowance");
        Objects.requireNonNull(activatedAt, "activatedAt");
        if (incidentsRemaining < 0 || (!allowance.unlimited() && incidentsRemaining > allowance.incidents())) {
            throw new IllegalArgumentException("incidentsRemaining out of range: " + incidentsRemaining);
        }
    }

    /** The contract a benefit of this membership gets when it is activated now, with all its incidents. */
    public static SupportContract activate(SupportContractId id, TechnicalBenefit benefit, Membership membership,
            ContractCredentials credentials, Instant now) {
        if (!benefit.id().membershipId().equals(membership.id())) {
            throw new IllegalArgumentException("benefit " + benefit.id() + " is not granted by " + membership.id());
        }
        IncidentAllowance allowance = benefit.allowance();
        return new SupportContract(id, benefit.id(), membership.partnerId(), credentials.accessId(),
                credentials.contractId(), allowance, allowance.unlimited() ? 0 : allowance.incidents(), now);
    }

    /**
     * Whether the presented Contract ID is this contract's, compared in constant time so the answer
     * takes as long whichever character differs.
     */
    public boolean hasContractId(ContractId presented) {
        return MessageDigest.isEqual(contractId.value().getBytes(StandardCharsets.US_ASCII),
                presented.value().getBytes(StandardCharsets.US_ASCII));
    }

    /** A limited contract's incidents as an allowance (see {@link Allowance}): taken one at a time. */
    public Allowance incidents() {
        if (allowance.unlimited()) {
            throw new IllegalStateException("an unlimited contract counts nothing");
        }
        return new Allowance(allowance.incidents(), incidentsRemaining);
    }

    public LocalDate startsOn() {
        return LocalDate.ofInstant(activatedAt, ZoneOffset.UTC);
    }

    /** The same contract with another remaining count (the range is checked as on construction). */
    public SupportContract withIncidentsRemaining(int remaining) {
        return new SupportContract(id, benefitId, partnerId, accessId, contractId, allowance, remaining, activatedAt);
    }

    /** Expiry wins over exhaustion: either way a new plan is needed, and the date is the firmer fact. */
    public ContractStatus statusOn(LocalDate today, LocalDate endsOn) {
        if (today.isAfter(endsOn)) {
            return ContractStatus.EXPIRED;
        }
        if (!allowance.unlimited() && incidentsRemaining == 0) {
            return ContractStatus.EXHAUSTED;
        }
        return ContractStatus.ACTIVE;
    }
}
