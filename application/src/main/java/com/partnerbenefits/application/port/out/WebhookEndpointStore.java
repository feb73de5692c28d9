package com.partnerbenefits.application.port.out;

import com.partnerbenefits.domain.notification.WebhookEndpoint;
import com.partnerbenefits.domain.partner.PartnerId;
import java.util.List;
import java.util.Optional;

/** The partners' webhook endpoints. */
public interface WebhookEndpointStore {

    void add(WebhookEndpoint endpoint);

    Optional<WebhookEndpoint> find(String id);

    /** The partner's endpoints, oldest first. */
    List<WebhookEndpoint> endpointsOf(PartnerId partner);

    /** Answers whether it was there. */
    boolean remove(String id);
}
