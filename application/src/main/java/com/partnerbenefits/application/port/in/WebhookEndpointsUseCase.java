package com.partnerbenefits.application.port.in;

import com.partnerbenefits.domain.notification.Delivery;
import com.partnerbenefits.domain.notification.NotificationKind;
import com.partnerbenefits.domain.notification.WebhookEndpoint;
import com.partnerbenefits.domain.partner.PartnerId;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A partner's webhook endpoints, kept by its GLOBAL_ADMIN / MPN_PARTNER_ADMIN accounts (SPEC §5.3).
 * Refusals: NOT_AUTHORIZED, NOT_FOUND, INVALID_INPUT (a URL that is not an absolute http(s) URL, kinds
 * that are not contract events).
 */
public interface WebhookEndpointsUseCase {

    enum Reason implements RefusalReason {
        NOT_AUTHORIZED
    }

    /** The endpoint added, and its secret: shown this once. */
    record Added(WebhookEndpoint endpoint, String secret) {
    }

    /** An endpoint with its most recent deliveries, newest first. */
    record Listed(WebhookEndpoint endpoint, List<Delivery> deliveries) {
    }

    /** How a test delivery went: whether the receiver took it, and its HTTP status when it answered. */
    record Tested(WebhookEndpoint endpoint, boolean succeeded, Optional<Integer> statusCode) {
    }

    Result<Added, Reason> add(Viewer viewer, PartnerId partner, String url, Set<NotificationKind> kinds);

    Result<WebhookEndpoint, Reason> remove(Viewer viewer, String endpointId);

    /** Sends a signed test delivery to the endpoint now, as the partner's admin; nothing is stored or retried. */
    Result<Tested, Reason> test(Viewer viewer, String endpointId);

    /** The partner's endpoints for its admins; empty for anyone else. */
    List<Listed> endpointsOf(Viewer viewer, PartnerId partner);
}
