package com.partnerbenefits.bootstrap.notify;

import com.partnerbenefits.application.port.out.NotificationSender;
import com.partnerbenefits.application.port.out.WebhookEndpointStore;
import com.partnerbenefits.application.port.out.WebhookSecrets;
import com.partnerbenefits.domain.notification.Channel;
import com.partnerbenefits.domain.notification.Occurrence;
import com.partnerbenefits.domain.notification.WebhookEndpoint;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Delivers by Standard Webhooks: POST {@code {type, timestamp, data}} with {@code webhook-id} (the same
 * on every attempt of a delivery), {@code webhook-timestamp} and {@code webhook-signature}. Redirects
 * are not followed; under {@code prod} the {@link WebhookAddressGuard} is asked at each attempt. Each
 * outcome counts in {@code benefits_webhook_deliveries_total{outcome}}.
 */
class WebhookNotificationSender implements NotificationSender {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final WebhookEndpointStore endpoints;
    private final WebhookSecrets secrets;
    private final WebhookAddressGuard guard;
    private final MeterRegistry meters;
    private final Clock clock;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();

    WebhookNotificationSender(WebhookEndpointStore endpoints, WebhookSecrets secrets, WebhookAddressGuard guard, MeterRegistry meters,
            Clock clock) {
        this.endpoints = endpoints;
        this.secrets = secrets;
        this.guard = guard;
        this.meters = meters;
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
        if (guard.refusal(endpoint.get().url()).isPresent()) {
            return counted("refused", Outcome.failed(Optional.empty()));
        }
        String id = webhookId(notice.delivery().key());
        long timestamp = clock.instant().getEpochSecond();
        String body = body(notice.delivery().occurrence(), timestamp);
        HttpRequest request = HttpRequest.newBuilder(endpoint.get().url()).timeout(Duration.ofSeconds(10))
                .header("content-type", "application/json").header("webhook-id", id)
                .header("webhook-timestamp", Long.toString(timestamp))
                .header("webhook-signature", WebhookSignature.sign(secrets.secretOf(endpoint.get().id()), id, timestamp, body))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
        try {
            int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            return status / 100 == 2 ? counted("succeeded", Outcome.ok(status)) : counted("failed", Outcome.failed(Optional.of(status)));
        } catch (IOException unreachable) {
            return counted("failed", Outcome.failed(Optional.empty()));
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
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
