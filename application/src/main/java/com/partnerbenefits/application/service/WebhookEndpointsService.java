package com.partnerbenefits.application.service;

import com.partnerbenefits.application.access.AccessPolicy;
import com.partnerbenefits.application.port.in.Refusal;
import com.partnerbenefits.application.port.in.Result;
import com.partnerbenefits.application.port.in.Viewer;
import com.partnerbenefits.application.port.in.WebhookEndpointsUseCase;
import com.partnerbenefits.application.port.out.IdGenerator;
import com.partnerbenefits.application.port.out.NotificationOutbox;
import com.partnerbenefits.application.port.out.NotificationSender;
import com.partnerbenefits.application.port.out.WebhookEndpointStore;
import com.partnerbenefits.application.port.out.WebhookSecrets;
import com.partnerbenefits.application.port.out.WebhookTestSender;
import com.partnerbenefits.domain.contract.SupportContract;
import com.partnerbenefits.domain.notification.NotificationKind;
import com.partnerbenefits.domain.notification.Recipient;
import com.partnerbenefits.domain.notification.WebhookEndpoint;
import com.partnerbenefits.domain.partner.PartnerId;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Adding, testing, removing and listing webhook endpoints; and which endpoints an occurrence goes to. */
public class WebhookEndpointsService implements WebhookEndpointsUseCase {

    static final int RECENT_DELIVERIES = 20;

    private final AccessPolicy policy;
    private final WebhookEndpointStore endpoints;
    private final NotificationOutbox outbox;
    private final WebhookSecrets secrets;
    private final WebhookTestSender tests;
    private final IdGenerator ids;
    private final Clock clock;

    public WebhookEndpointsService(AccessPolicy policy, WebhookEndpointStore endpoints, NotificationOutbox outbox, WebhookSecrets secrets,
            WebhookTestSender tests, IdGenerator ids, Clock clock) {
        this.policy = policy;
        this.endpoints = endpoints;
        this.outbox = outbox;
        this.secrets = secrets;
        this.tests = tests;
        this.ids = ids;
        this.clock = clock;
    }

    @Override
    public Result<Added, Reason> add(Viewer viewer, PartnerId partner, String url, Set<NotificationKind> kinds) {
        if (!policy.mayActivateBenefitsOf(viewer, partner)) {
            return Result.refused(Reason.NOT_AUTHORIZED);
        }
        WebhookEndpoint endpoint = WebhookEndpoint.add(ids.newId(), partner, url, kinds, clock.instant());
        endpoints.add(endpoint);
        return Result.succeeded(new Added(endpoint, secrets.secretOf(endpoint.id())));
    }

    @Override
    public Result<WebhookEndpoint, Reason> remove(Viewer viewer, String endpointId) {
        Optional<WebhookEndpoint> endpoint = kept(viewer, endpointId);
        if (endpoint.isEmpty() || !endpoints.remove(endpointId)) {
            return Result.refused(Refusal.notFound("endpointId"));
        }
        return Result.succeeded(endpoint.get());
    }

    @Override
    public Result<Tested, Reason> test(Viewer viewer, String endpointId) {
        Optional<WebhookEndpoint> endpoint = kept(viewer, endpointId);
        if (endpoint.isEmpty()) {
            return Result.refused(Refusal.notFound("endpointId"));
        }
        NotificationSender.Outcome outcome = tests.sendTest(endpoint.get());
        return Result.succeeded(new Tested(endpoint.get(), outcome.succeeded(), outcome.statusCode()));
    }

    /** The endpoint, if the viewer keeps its partner's endpoints: to anyone else it does not exist. */
    private Optional<WebhookEndpoint> kept(Viewer viewer, String endpointId) {
        return endpoints.find(endpointId).filter(found -> policy.mayActivateBenefitsOf(viewer, found.partnerId()));
    }

    @Override
    public List<Listed> endpointsOf(Viewer viewer, PartnerId partner) {
        if (!policy.mayActivateBenefitsOf(viewer, partner)) {
            return List.of();
        }
        return endpoints.endpointsOf(partner).stream().map(endpoint -> new Listed(endpoint,
                outbox.deliveriesTo(Recipient.webhook(endpoint.id()), RECENT_DELIVERIES))).toList();
    }

    /** The endpoints of the contract's partner that asked for this kind. */
    public List<Recipient> subscribed(SupportContract contract, NotificationKind kind) {
        return endpoints.endpointsOf(contract.partnerId()).stream().filter(endpoint -> endpoint.wants(kind))
                .map(endpoint -> Recipient.webhook(endpoint.id())).toList();
    }
}
