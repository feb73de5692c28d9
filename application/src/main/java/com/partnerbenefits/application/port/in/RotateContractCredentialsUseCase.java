package com.partnerbenefits.application.port.in;

import com.partnerbenefits.domain.contract.SupportContractId;

/**
 * The partner's Global Admins and MPN Partner Admins issue a new Access ID and Contract ID. From the
 * answer on, the old pair links nothing (INVALID_CONTRACT_CREDENTIALS); links made before stay.
 */
public interface RotateContractCredentialsUseCase {

    /** What rotating can refuse (besides INVALID_INPUT and NOT_FOUND, see {@link RefusalReason}). */
    enum Reason implements RefusalReason {
        NOT_AUTHORIZED,
        /** Concurrent changes kept winning; retry (SPEC 5.1). */
        CONFLICT
    }

    Result<BenefitContract, Reason> rotate(Viewer viewer, SupportContractId contract);
}
