package com.partnerbenefits.domain.advisory;

import com.partnerbenefits.domain.partner.AccountId;
import java.time.Instant;
import java.util.Objects;

/**
 * One line of a membership's advisory-hours ledger: half hours reserved for an advisory, or given back
 * to the membership, why, by whom and when. A give-back may give back nothing (all hours were used):
 * its line still records that the advisory was settled.
 */
public record AdvisoryLine(Kind kind, String advisory, int halfHours, AccountId by, Instant at) {

    public enum Kind {
        /** Reserved at request, exactly the hours asked for. */
        RESERVED,
        /** Given back at completion: what was reserved and not used. */
        UNUSED,
        /** Given back at a withdrawal before completion: all that was reserved. */
        WITHDRAWN,
        /** Reserved for a request that was then not stored (a failure, or a concurrent retry won). */
        NOT_STORED;

        public boolean reserves() {
            return this == RESERVED;
        }
    }

    public AdvisoryLine {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(advisory, "advisory");
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(at, "at");
        if (halfHours < 0 || (kind.reserves() && halfHours == 0)) {
            throw new IllegalArgumentException(kind + " of " + halfHours + " half hours");
        }
    }

    /** The change to the remaining half hours. */
    public int delta() {
        return kind.reserves() ? -halfHours : halfHours;
    }
}
