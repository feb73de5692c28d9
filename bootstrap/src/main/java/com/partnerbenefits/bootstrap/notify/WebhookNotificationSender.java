package com.partnerbenefits.bootstrap.notify;

import com.partnerbenefits.application.port.out.NotificationSender;
import com.partnerbenefits.application.port.out.WebhookEndpointStore;
import com.partnerbenefits.application.port.out.WebhookSecrets;
import com.partnerbenefits.application.port.out.WebhookTestSender;
import com.partnerbenefits.domain.notification.Channel;
import com.partnerbenefits.domain.notification.Occurrence;
import com.partnerbenefits.domain.notification.WebhookEndpoint;
import io.micrometer.core.instrument.MeterRegistry;
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
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Delivers by Standard Webhooks: POST {@code {type, timestamp, data}} with {@code webhook-id} (the same
 * on every attempt of a delivery), {@code webhook-timestamp} and {@code webhook-signature}. Redirects
 * are not followed; under {@code prod} the {@link WebhookAddressGuard} is asked at each attempt. Each
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
    private final HttpClient http;

    WebhookNotificationSender(WebhookEndpointStore endpoints, WebhookSecrets secrets, WebhookAddressGuard guard, MeterRegistry meters,
            Duration timeout, Clock clock) {
        this.endpoints = endpoints;
        this.secrets = secrets;
        this.guard = guard;
        this.meters = meters;
        this.timeout = timeout;
        this.clock = clock;
        this.http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).connectTimeout(timeout).build();
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
        if (guard.refusal(endpoint.url()).isPresent()) {
            return counted("refused", Outcome.failed(Optional.empty()));
        }
        HttpRequest request = HttpRequest.newBuilder(endpoint.url()).timeout(timeout)
                .header("content-type", "application/json").header("webhook-id", id)
                .header("webhook-timestamp", Long.toString(timestamp))
                .header("webhook-signature", WebhookSignature.sign(secrets.secretOf(endpoint.id()), id, timestamp, body))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
        // the whole attempt, answer body included, within the timeout: a receiver that trickles holds its lane no longer
        CompletableFuture<HttpResponse<Void>> answer = http.sendAsync(request, HttpResponse.BodyHandlers.discarding());
        try {
            int status = answer.get(timeout.toMillis(), TimeUnit.MILLISECONDS).statusCode();
            return status / 100 == 2 ? counted("succeeded", Outcome.ok(status)) : counted("failed", Outcome.failed(Optional.of(status)));
        } catch (ExecutionException | TimeoutException unreachable) {
            answer.cancel(true);
            return counted("failed", Outcome.failed(Optional.empty()));
        } catch (InterruptedException stopping) {
            answer.cancel(true);
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
