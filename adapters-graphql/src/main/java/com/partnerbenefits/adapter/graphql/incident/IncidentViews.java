package com.partnerbenefits.adapter.graphql.incident;

import com.partnerbenefits.adapter.graphql.catalog.ProductView;
import com.partnerbenefits.adapter.graphql.partner.AccountView;
import com.partnerbenefits.domain.contract.SupportContractId;
import com.partnerbenefits.domain.incident.IncidentId;
import com.partnerbenefits.domain.incident.IncidentStatus;
import com.partnerbenefits.domain.incident.ResolutionCause;
import com.partnerbenefits.domain.incident.Severity;
import com.partnerbenefits.domain.incident.UsageEntry;
import java.time.Instant;
import java.util.List;

/** The GraphQL types of incidents and their Relay connections. */
public final class IncidentViews {

    private IncidentViews() {
    }

    /**
     * The product comes with the incident (loaded for the whole page at once); null if it left the
     * catalog. {@code contractKey} is what {@code Incident.contract} loads by (null under the CSP plan).
     */
    public record IncidentView(String id, String title, String description, Severity severity, IncidentStatus status,
            ProductView product, String productVersion, Instant raisedAt, String supportContractId,
            String cspCustomerTenantId, String idempotencyKey, Instant firstResponseDueAt, Instant firstRespondedAt,
            boolean slaBreached, Instant resolvedAt, ResolutionCause resolutionCause, String resolutionNote,
            SupportContractId contractKey, IncidentId key) {
    }

    /** {@code refundReason}: why a REFUNDED line gave the incident back (null on older lines and on CONSUMED ones). */
    public record UsageEntryView(UsageEntry.Kind kind, int change, String incidentId, AccountView account, Instant at,
            UsageEntry.RefundReason refundReason) {
    }

    /**
     * A page of a Relay connection; {@code nodes} are the edges' nodes, for clients that need no cursors.
     * Its name ends with "Connection" so that Spring for GraphQL, which adapts the values of connection
     * fields, passes it through as a connection already made (it keeps totalCount and nodes).
     */
    public record RelayConnection<T>(List<EdgeView<T>> edges, PageInfoView pageInfo, long totalCount) {

        /**
         * A forward page: its cursors are its first and last edges'; there is something before it
         * exactly when it was asked for {@code after} a cursor.
         */
        public static <T> RelayConnection<T> of(List<EdgeView<T>> edges, boolean hasNextPage, boolean afterACursor, long totalCount) {
            return new RelayConnection<>(edges, new PageInfoView(hasNextPage, afterACursor,
                    edges.isEmpty() ? null : edges.get(0).cursor(),
                    edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor()), totalCount);
        }

        public List<T> nodes() {
            return edges.stream().map(EdgeView::node).toList();
        }
    }

    public record EdgeView<T>(String cursor, T node) {
    }

    public record PageInfoView(boolean hasNextPage, boolean hasPreviousPage, String startCursor, String endCursor) {
    }
}
