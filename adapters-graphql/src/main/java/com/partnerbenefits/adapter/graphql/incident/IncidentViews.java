package com.partnerbenefits.adapter.graphql.incident;

import com.partnerbenefits.adapter.graphql.partner.AccountView;
import com.partnerbenefits.domain.incident.IncidentStatus;
import com.partnerbenefits.domain.incident.Severity;
import com.partnerbenefits.domain.incident.UsageEntry;
import com.partnerbenefits.domain.product.ProductId;
import java.time.Instant;
import java.util.List;

/** The GraphQL types of incidents and their Relay connections. */
public final class IncidentViews {

    private IncidentViews() {
    }

    /** {@code productKey} loads the product. */
    public record IncidentView(String id, String title, String description, Severity severity, IncidentStatus status,
            String productVersion, Instant raisedAt, String supportContractId, String cspCustomerTenantId,
            String idempotencyKey, ProductId productKey) {
    }

    public record UsageEntryView(UsageEntry.Kind kind, int change, String incidentId, AccountView account, Instant at) {
    }

    public record ConnectionView<T>(List<EdgeView<T>> edges, PageInfoView pageInfo, long totalCount) {
    }

    public record EdgeView<T>(String cursor, T node) {
    }

    public record PageInfoView(boolean hasNextPage, String endCursor) {
    }
}
