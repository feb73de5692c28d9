package com.partnerbenefits.application.fake;

import com.partnerbenefits.application.port.out.WebhookEndpointStore;
import com.partnerbenefits.domain.notification.WebhookEndpoint;
import com.partnerbenefits.domain.partner.PartnerId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Webhook endpoints in memory. */
public class InMemoryWebhookEndpointStore implements WebhookEndpointStore {

    private final Map<String, WebhookEndpoint> endpoints = new ConcurrentHashMap<>();

    @Override
    public void add(WebhookEndpoint endpoint) {
        endpoints.put(endpoint.id(), endpoint);
    }

    @Override
    public Optional<WebhookEndpoint> find(String id) {
        return Optional.ofNullable(endpoints.get(id));
    }

    @Override
    public List<WebhookEndpoint> endpointsOf(PartnerId partner) {
        return endpoints.values().stream().filter(endpoint -> endpoint.partnerId().equals(partner))
                .sorted(Comparator.comparing(WebhookEndpoint::createdAt).thenComparing(WebhookEndpoint::id)).toList();
    }

    @Override
    public boolean remove(String id) {
        return endpoints.remove(id) != null;
    }
}
