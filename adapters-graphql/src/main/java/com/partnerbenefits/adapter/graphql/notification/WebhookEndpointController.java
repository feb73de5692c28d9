package com.partnerbenefits.adapter.graphql.notification;

import com.partnerbenefits.adapter.graphql.partner.PartnerView;
import com.partnerbenefits.adapter.graphql.support.GlobalIds;
import com.partnerbenefits.adapter.graphql.support.LazyViewer;
import com.partnerbenefits.adapter.graphql.support.MutationPayload;
import com.partnerbenefits.adapter.graphql.support.NodeTypes;
import com.partnerbenefits.adapter.graphql.support.Payloads;
import com.partnerbenefits.adapter.graphql.support.UserError;
import com.partnerbenefits.application.port.in.Refusal;
import com.partnerbenefits.application.port.in.Result;
import com.partnerbenefits.application.port.in.Viewer;
import com.partnerbenefits.application.port.in.WebhookEndpointsUseCase;
import com.partnerbenefits.domain.notification.Delivery;
import com.partnerbenefits.domain.notification.NotificationKind;
import com.partnerbenefits.domain.notification.WebhookEndpoint;
import com.partnerbenefits.domain.partner.PartnerId;
import graphql.schema.DataFetchingEnvironment;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * {@code addWebhookEndpoint}, {@code testWebhookEndpoint}, {@code removeWebhookEndpoint} and {@code Partner.webhookEndpoints};
 * who may is the use case's.
 */
@Controller
public class WebhookEndpointController {

    static final String WEBHOOK_ENDPOINT = "WebhookEndpoint";
    static final String WEBHOOK_DELIVERY = "WebhookDelivery";

    public record WebhookDeliveryView(String id, NotificationKind kind, Instant attemptedAt, Integer statusCode, boolean succeeded,
            int attempts) {
    }

    public record WebhookEndpointView(String id, String url, List<NotificationKind> kinds, List<WebhookDeliveryView> deliveries) {
    }

    public record AddWebhookEndpointInput(String partnerId, String url, List<NotificationKind> kinds) {
    }

    public record AddWebhookEndpointPayload(WebhookEndpointView endpoint, String secret, List<UserError> userErrors)
            implements MutationPayload {
    }

    public record RemoveWebhookEndpointInput(String endpointId) {
    }

    public record RemoveWebhookEndpointPayload(WebhookEndpointView endpoint, List<UserError> userErrors) implements MutationPayload {
    }

    public record TestWebhookEndpointInput(String endpointId) {
    }

    public record TestWebhookEndpointPayload(WebhookEndpointView endpoint, Boolean succeeded, Integer statusCode,
            List<UserError> userErrors) implements MutationPayload {
    }

    private final WebhookEndpointsUseCase webhooks;
    private final GlobalIds ids;
    private final Payloads payloads;

    public WebhookEndpointController(WebhookEndpointsUseCase webhooks, GlobalIds ids, Payloads payloads) {
        this.webhooks = webhooks;
        this.ids = ids;
        this.payloads = payloads;
    }

    @SchemaMapping(typeName = "Partner")
    public List<WebhookEndpointView> webhookEndpoints(PartnerView partner, @ContextValue(LazyViewer.CONTEXT_KEY) LazyViewer viewer) {
        return webhooks.endpointsOf(viewer.get(), partner.partnerId()).stream()
                .map(listed -> view(listed.endpoint(), listed.deliveries())).toList();
    }

    @MutationMapping
    public AddWebhookEndpointPayload addWebhookEndpoint(@Argument AddWebhookEndpointInput input,
            @ContextValue(LazyViewer.CONTEXT_KEY) LazyViewer lazyViewer, DataFetchingEnvironment env) {
        Viewer viewer = lazyViewer.get();
        return payloads.run(() -> add(viewer, input), added -> new AddWebhookEndpointPayload(view(added.endpoint(), List.of()),
                added.secret(), List.of()), errors -> new AddWebhookEndpointPayload(null, null, errors), env);
    }

    @MutationMapping
    public RemoveWebhookEndpointPayload removeWebhookEndpoint(@Argument RemoveWebhookEndpointInput input,
            @ContextValue(LazyViewer.CONTEXT_KEY) LazyViewer lazyViewer, DataFetchingEnvironment env) {
        Viewer viewer = lazyViewer.get();
        return payloads.run(() -> onEndpoint(input.endpointId(), id -> webhooks.remove(viewer, id)),
                removed -> new RemoveWebhookEndpointPayload(view(removed, List.of()), List.of()),
                errors -> new RemoveWebhookEndpointPayload(null, errors), env);
    }

    @MutationMapping
    public TestWebhookEndpointPayload testWebhookEndpoint(@Argument TestWebhookEndpointInput input,
            @ContextValue(LazyViewer.CONTEXT_KEY) LazyViewer lazyViewer, DataFetchingEnvironment env) {
        Viewer viewer = lazyViewer.get();
        return payloads.run(() -> onEndpoint(input.endpointId(), id -> webhooks.test(viewer, id)),
                tested -> new TestWebhookEndpointPayload(view(tested.endpoint(), List.of()), tested.succeeded(),
                        tested.statusCode().orElse(null), List.of()),
                errors -> new TestWebhookEndpointPayload(null, null, null, errors), env);
    }

    /** The use case on the endpoint the global ID names; NOT_FOUND when it names none. */
    private <T> Result<T, ?> onEndpoint(String endpointId, Function<String, Result<T, ?>> action) {
        return ids.decode(WEBHOOK_ENDPOINT, endpointId).<Result<T, ?>>map(action)
                .orElseGet(() -> Result.refused(Refusal.notFound("endpointId")));
    }

    private Result<WebhookEndpointsUseCase.Added, WebhookEndpointsUseCase.Reason> add(Viewer viewer, AddWebhookEndpointInput input) {
        Optional<PartnerId> partner = ids.decode(NodeTypes.PARTNER, input.partnerId()).map(PartnerId::new);
        if (partner.isEmpty()) {
            return Result.refused(Refusal.notFound("partnerId"));
        }
        return webhooks.add(viewer, partner.get(), input.url(), input.kinds() == null ? Set.of() : Set.copyOf(input.kinds()));
    }

    private WebhookEndpointView view(WebhookEndpoint endpoint, List<Delivery> deliveries) {
        return new WebhookEndpointView(ids.encode(WEBHOOK_ENDPOINT, endpoint.id()), endpoint.url().toString(),
                endpoint.kinds().stream().sorted().toList(), deliveries.stream().map(delivery -> new WebhookDeliveryView(
                        ids.encode(WEBHOOK_DELIVERY, delivery.key()), delivery.occurrence().kind(), delivery.attemptedAt().orElse(null),
                        delivery.statusCode().orElse(null), delivery.succeeded(), delivery.attempts())).toList());
    }
}
