package com.partnerbenefits.application.port.in;

import com.partnerbenefits.domain.contract.SupportContractId;

/**
 * The partner's Global Admins and MPN Partner Admins issue a new Access ID and Contract ID. From the
 * answer on, the old pair links nothing (INVALID_CONTRACT_CREDENTIALS); links made before stay.
 */
public interface RotateContractCredentialsUseCase {

    Result<BenefitContract> rotate(Viewer viewer, SupportContractId contract);
}
