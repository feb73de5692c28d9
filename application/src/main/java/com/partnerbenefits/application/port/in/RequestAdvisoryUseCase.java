package com.partnerbenefits.application.port.in;

import com.partnerbenefits.domain.advisory.Advisory;
import com.partnerbenefits.domain.membership.Membership;
import com.partnerbenefits.domain.membership.MembershipId;

/**
 * A partner's MPN-associated account asks for Technical Presales and Deployment advice on an active
 * membership: the hours asked for are reserved at once, exactly, from the membership's advisory hours
 * (NO_HOURS_REMAINING when fewer remain). A replayed idempotency key answers the first request without
 * reserving again; the same key with another request is IDEMPOTENCY_KEY_REUSED. Other refusals:
 * NOT_AUTHORIZED (support engineers, operators, accounts of another partner that see it), MEMBERSHIP_NOT_ACTIVE, NOT_FOUND.
 */
public interface RequestAdvisoryUseCase {

    /** What requesting can refuse (besides INVALID_INPUT and NOT_FOUND, see {@link RefusalReason}). */
    enum Reason implements RefusalReason {
        NOT_AUTHORIZED,
        MEMBERSHIP_NOT_ACTIVE,
        NO_HOURS_REMAINING,
        IDEMPOTENCY_KEY_REUSED
    }

    /** The advisory and its membership as the reservation (or a settlement) left it. */
    record Advised(Advisory advisory, Membership membership) {
    }

    Result<Advised, Reason> request(Viewer viewer, Command command);

    record Command(MembershipId membership, Advisory.Request request) {

        /** Checks the whole input at once (INVALID_INPUT naming every field wrong). */
        public static Command of(MembershipId membership, String topic, String description, Integer hours, String idempotencyKey) {
            return new Command(membership, Advisory.Request.of(topic, description, hours, idempotencyKey));
        }
    }
}
