package com.partnerbenefits.bootstrap.notify;

import com.partnerbenefits.application.port.out.NotificationSender;
import com.partnerbenefits.application.port.out.WebhookEndpointStore;
import com.partnerbenefits.application.port.out.WebhookSecrets;
import com.partnerbenefits.application.port.out.WebhookTestSender;
import com.partnerbenefits.domain.notification.Channel;
import com.partnerbenefits.domain.notification.Occurrence;
import com.partnerbenefits.domain.notification.WebhookEndpoint;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import tools.jackson.databind.json.JsonMapper;

/**
 * Delivers by Standard Webhooks: POST {@code {type, timestamp, data}} with {@code webhook-id} (the same
 * on every attempt of a delivery), {@code webhook-timestamp} and {@code webhook-signature}. At each
 * attempt the {@link WebhookAddressGuard} resolves and checks the host once and the {@link PinnedPost}
 * connects to that very address; redirects are not followed. Each
 * outcome, a test delivery's too, counts in {@code benefits_webhook_deliveries_total{outcome}}.
 */
class WebhookNotificationSender implements NotificationSender, WebhookTestSender {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final WebhookEndpointStore endpoints;
    private final WebhookSecrets secrets;
    private final WebhookAddressGuard guard;
    private final MeterRegistry meters;
    private final Duration timeout;
    private final Clock clock;
    private final PinnedPost http = new PinnedPost();

    WebhookNotificationSender(WebhookEndpointStore endpoints, WebhookSecrets secrets, WebhookAddressGuard guard, MeterRegistry meters,
            Duration timeout, Clock clock) {
        this.endpoints = endpoints;
        this.secrets = secrets;
        this.guard = guard;
        this.meters = meters;
        this.timeout = timeout;
        this.clock = clock;
    }

    @Override
    public Channel channel() {
        return Channel.WEBHOOK;
    }

    @Override
    public Outcome send(Notice notice) {
        Optional<WebhookEndpoint> endpoint = endpoints.find(notice.address());
        if (endpoint.isEmpty()) {
            return counted("removed", Outcome.ok(410)); // removed meanwhile: nothing left to deliver to
        }
        long timestamp = clock.instant().getEpochSecond();
        return attempt(endpoint.get(), webhookId(notice.delivery().key()), timestamp, body(notice.delivery().occurrence(), timestamp));
    }

    /** A test delivery: type {@code benefits.test}, a fresh webhook-id, signed and sent like any other. */
    @Override
    public Outcome sendTest(WebhookEndpoint endpoint) {
        long timestamp = clock.instant().getEpochSecond();
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("type", "benefits.test");
        payload.put("timestamp", java.time.Instant.ofEpochSecond(timestamp).toString());
        payload.put("data", Map.of());
        return attempt(endpoint, "msg_test_" + UUID.randomUUID().toString().replace("-", ""), timestamp, JSON.writeValueAsString(payload));
    }

    private Outcome attempt(WebhookEndpoint endpoint, String id, long timestamp, String body) {
        InetAddress pinned;
        try {
            pinned = guard.pin(endpoint.url());
        } catch (WebhookAddressGuard.Refused refused) {
            return counted("refused", Outcome.failed(Optional.empty()));
        }
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/json");
        headers.put("webhook-id", id);
        headers.put("webhook-timestamp", Long.toString(timestamp));
        headers.put("webhook-signature", WebhookSignature.sign(secrets.secretOf(endpoint.id()), id, timestamp, body));
        try {
            int status = http.post(endpoint.url(), pinned, headers, body, timeout);
            return status / 100 == 2 ? counted("succeeded", Outcome.ok(status)) : counted("failed", Outcome.failed(Optional.of(status)));
        } catch (IOException unreachableOrTooSlow) {
            return counted("failed", Outcome.failed(Optional.empty()));
        }
    }

    /** The same for every attempt of a delivery: derived from its key, which names occurrence, endpoint and channel. */
    static String webhookId(String deliveryKey) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(deliveryKey.getBytes(StandardCharsets.UTF_8));
            return "msg_" + java.util.HexFormat.of().formatHex(digest, 0, 16);
        } catch (java.security.NoSuchAlgorithmException unavailable) {
            throw new IllegalStateException(unavailable);
        }
    }

    private static String body(Occurrence occurrence, long timestamp) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("kind", occurrence.kind().name());
        data.put("at", occurrence.at().toString());
        occurrence.contract().ifPresent(contract -> data.put("supportContract", contract.value()));
        occurrence.incident().ifPresent(incident -> data.put("incident", incident.value()));
        data.put("figure", occurrence.figure());
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("type", "benefits." + occurrence.kind().name().toLowerCase(java.util.Locale.ROOT));
        payload.put("timestamp", java.time.Instant.ofEpochSecond(timestamp).toString());
        payload.put("data", data);
        return JSON.writeValueAsString(payload);
    }

    private Outcome counted(String outcome, Outcome result) {
        meters.counter("benefits_webhook_deliveries", "outcome", outcome).increment();
        return result;
    }
}
