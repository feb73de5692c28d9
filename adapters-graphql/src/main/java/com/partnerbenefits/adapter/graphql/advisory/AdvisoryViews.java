package com.partnerbenefits.adapter.graphql.advisory;

import com.partnerbenefits.adapter.graphql.support.MutationPayload;
import com.partnerbenefits.adapter.graphql.support.UserError;
import com.partnerbenefits.domain.advisory.Advisory;
import com.partnerbenefits.domain.advisory.AdvisoryLine;
import com.partnerbenefits.domain.membership.AdvisoryHours;
import com.partnerbenefits.domain.shared.HalfHours;
import java.time.Instant;
import java.util.List;

/** The GraphQL views of advisory hours: hours are shown as hours, counted in half hours underneath. */
public final class AdvisoryViews {

    private AdvisoryViews() {
    }

    public record AdvisoryHoursView(double total, double remaining) {
        public static AdvisoryHoursView of(AdvisoryHours hours) {
            return new AdvisoryHoursView(hours.total(), hours.remaining());
        }
    }

    public record LedgerLineView(AdvisoryLine.Kind kind, double change, Instant at) {
        static LedgerLineView of(AdvisoryLine line) {
            return new LedgerLineView(line.kind(), HalfHours.asHours(line.delta()), line.at());
        }
    }

    public record AdvisoryView(String id, String topic, String description, double hoursReserved, double hoursUsed,
            Advisory.Status status, Instant requestedAt, Instant settledAt, List<LedgerLineView> ledger) {

        static AdvisoryView of(String id, Advisory advisory, List<AdvisoryLine> ledger) {
            return new AdvisoryView(id, advisory.topic(), advisory.description(), HalfHours.asHours(advisory.reservedHalfHours()),
                    HalfHours.asHours(advisory.usedHalfHours()), advisory.status(), advisory.requestedAt(),
                    advisory.settledAt().orElse(null), ledger.stream().map(LedgerLineView::of).toList());
        }
    }

    public record RequestAdvisoryPayload(AdvisoryView advisory, AdvisoryHoursView advisoryHours, List<UserError> userErrors)
            implements MutationPayload {
    }

    public record CompleteAdvisoryPayload(AdvisoryView advisory, AdvisoryHoursView advisoryHours, List<UserError> userErrors)
            implements MutationPayload {
    }

    public record WithdrawAdvisoryPayload(AdvisoryView advisory, AdvisoryHoursView advisoryHours, List<UserError> userErrors)
            implements MutationPayload {
    }
}
