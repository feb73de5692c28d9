package com.partnerbenefits.application.port.out;

import com.partnerbenefits.domain.advisory.Advisory;
import com.partnerbenefits.domain.membership.MembershipId;
import com.partnerbenefits.domain.partner.AccountId;
import java.util.List;
import java.util.Optional;

/** Advisory requests (Technical Presales and Deployment); their hours are counted on the membership ({@link AdvisoryHoursStore}). */
public interface AdvisoryStore {

    /**
     * Stores the advisory unless its requester already used its idempotency key (one insert under a
     * unique index, so concurrent retries store one); answers whether it was stored.
     */
    boolean addIfKeyFree(Advisory advisory);

    Optional<Advisory> findAdvisory(String id);

    Optional<Advisory> findByKey(AccountId requester, String idempotencyKey);

    /**
     * Writes the settled (completed or withdrawn) advisory only while the stored one is still
     * REQUESTED, in one conditional update: of a completion and a withdrawal racing, one settles.
     */
    boolean settleIfRequested(Advisory settled);

    /** A membership's advisories, newest request first, after {@code after}, at most {@code limit}. */
    List<Advisory> advisoriesOf(MembershipId membership, Optional<Advisory.Cursor> after, int limit);

    /** How many advisories the membership has. */
    long countOf(MembershipId membership);
}
