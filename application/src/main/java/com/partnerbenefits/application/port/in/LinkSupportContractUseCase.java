package com.partnerbenefits.application.port.in;

import com.partnerbenefits.domain.contract.AccessId;
import com.partnerbenefits.domain.contract.ContractId;
import com.partnerbenefits.domain.shared.FieldViolation;
import com.partnerbenefits.domain.shared.Validation;
import com.partnerbenefits.domain.shared.ViolationRule;
import java.time.Instant;
import java.util.Optional;

/**
 * Any signed-in account links a support contract to itself by presenting its Access ID and Contract
 * ID. Linking again is not an error: it succeeds and says so. Refusals: INVALID_CONTRACT_CREDENTIALS
 * (never saying which half was wrong), CONTRACT_EXPIRED, CONTRACT_EXHAUSTED, TOO_MANY_ATTEMPTS.
 */
public interface LinkSupportContractUseCase {

    /** What linking can refuse (besides INVALID_INPUT and NOT_FOUND, see {@link RefusalReason}). */
    enum Reason implements RefusalReason {
        NOT_AUTHORIZED,
        TOO_MANY_ATTEMPTS,
        INVALID_CONTRACT_CREDENTIALS,
        CONTRACT_EXPIRED,
        CONTRACT_EXHAUSTED
    }

    Result<Linked, Reason> link(Viewer viewer, Command command);

    record Linked(BenefitContract contract, Instant linkedAt, boolean alreadyLinked) {
    }

    /** The credentials as typed, forgiving case, spaces and (in the Contract ID) look-alike characters. */
    record Command(AccessId accessId, ContractId contractId) {

        static final int MAX_TYPED_LENGTH = 100;

        public static Command of(String accessId, String contractId) {
            Validation validation = new Validation();
            Optional<AccessId> access = parsed(validation, "accessId", accessId, AccessId.parse(accessId),
                    "5f0c6a8e-1b2d-4c3e-9f40-0123456789ab");
            Optional<ContractId> contract = parsed(validation, "contractId", contractId, ContractId.parse(contractId),
                    "7KQ4-M9XD");
            validation.throwIfInvalid();
            return new Command(access.orElseThrow(), contract.orElseThrow());
        }

        private static <T> Optional<T> parsed(Validation validation, String field, String typed, Optional<T> value,
                String example) {
            if (validation.text(field, typed, 1, MAX_TYPED_LENGTH) && value.isEmpty()) {
                validation.add(FieldViolation.of(field, ViolationRule.FORMAT, example));
            }
            return value;
        }
    }
}
