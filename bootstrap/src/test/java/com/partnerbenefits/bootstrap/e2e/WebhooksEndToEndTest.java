package com.partnerbenefits.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.partnerbenefits.bootstrap.notify.WebhookSignature;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntUnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Webhooks end to end against real HTTP receivers: the signature verifies with the secret shown once,
 * a receiver answering 500, 500 then 200 gets the same webhook-id three times, and the delivery log says
 * so; a receiver that hangs does not hold up another endpoint's deliveries; a test delivery answers how
 * the receiver took it.
 */
@TestPropertySource(properties = {"benefits.notifications.dispatch-interval=200ms",
        "benefits.notifications.retry-delays=300ms,300ms,300ms"})
class WebhooksEndToEndTest extends EndToEndTest {

    record Received(String id, String timestamp, String signature, String body) {
    }

    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger calls = new AtomicInteger();
    private final List<HttpServer> receivers = new ArrayList<>();
    private final CountDownLatch hangUntilTheEnd = new CountDownLatch(1);

    @AfterEach
    void stopReceivers() {
        hangUntilTheEnd.countDown();
        receivers.forEach(receiver -> receiver.stop(0));
    }

    @Test
    void aHangingReceiverDoesNotHoldUpAnotherEndpointsDeliveries() throws Exception {
        List<String> fast = new CopyOnWriteArrayList<>();
        AtomicInteger hanging = new AtomicInteger();
        String slowUrl = receiver(exchange -> {
            hanging.incrementAndGet();
            try {
                hangUntilTheEnd.await();
            } catch (InterruptedException stopped) {
                Thread.currentThread().interrupt();
            }
            exchange.close();
        });
        String fastUrl = receiver(exchange -> {
            exchange.getRequestBody().readAllBytes();
            fast.add(exchange.getRequestHeaders().getFirst("webhook-id"));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        BackOffice.Partner partner = backOffice.partner("Lanes Partner");
        String admin = backOffice.globalAdmin(partner);
        addEndpoint(admin, partner, slowUrl);
        addEndpoint(admin, partner, fastUrl);
        JsonNode contract = benefits.activated(admin, backOffice.activeMembership(partner, "GOLD_COMPETENCY", "Data Platform"),
                "MICROSOFT_PRODUCT_SUPPORT");
        benefits.link(admin, null, contract);
        String sql = Incidents.product(api, "SQL Server", "ON_PREMISES", "[\"2022\"]");

        for (int n = 0; n < 20; n++) { // the 18th leaves 2 (INCIDENTS_LOW), the 20th none (INCIDENTS_EXHAUSTED)
            incidents.raise(admin, contract.get("id").asString(), sql, "2022", "lane-" + n);
        }
        long exhausted = System.nanoTime();
        for (int wait = 0; wait < 100 && fast.size() < 2; wait++) {
            Thread.sleep(50);
        }

        assertThat(fast).as("both deliveries to the fast receiver, while the slow one holds %d", hanging.get()).hasSize(2);
        assertThat(Duration.ofNanos(System.nanoTime() - exhausted)).isLessThan(Duration.ofSeconds(5));
        assertThat(hanging.get()).as("the hanging receiver has its own deliveries in flight").isBetween(1, 2);
    }

    @Test
    void aTestDeliveryIsSignedSentAtOnceAndAnswersHowTheReceiverTookIt() throws Exception {
        String url = recordingReceiver(call -> call == 1 ? 202 : 503);
        BackOffice.Partner partner = backOffice.partner("Test Delivery Partner");
        String admin = backOffice.globalAdmin(partner);
        JsonNode added = addEndpoint(admin, partner, url);
        String endpoint = added.at("/endpoint/id").asString();
        String test = """
                mutation($e: ID!) { testWebhookEndpoint(input: {endpointId: $e}) { endpoint { url } succeeded statusCode
                  userErrors { code field } } }""";

        JsonNode taken = api.post(admin, null, test, Map.of("e", endpoint)).at("data.testWebhookEndpoint");
        JsonNode refusedByReceiver = api.post(admin, null, test, Map.of("e", endpoint)).at("data.testWebhookEndpoint");
        JsonNode stranger = api.post(backOffice.globalAdmin(backOffice.partner("Stranger")), null, test, Map.of("e", endpoint))
                .at("data.testWebhookEndpoint");

        assertThat(taken.get("succeeded").asBoolean()).as(taken.toString()).isTrue();
        assertThat(taken.get("statusCode").asInt()).isEqualTo(202);
        assertThat(taken.at("/endpoint/url").asString()).isEqualTo(url);
        assertThat(refusedByReceiver.get("succeeded").asBoolean()).isFalse();
        assertThat(refusedByReceiver.get("statusCode").asInt()).isEqualTo(503);
        assertThat(stranger.at("/userErrors/0/code").asString()).as(stranger.toString()).isEqualTo("NOT_FOUND");
        assertThat(received).hasSize(2);
        Received first = received.get(0);
        assertThat(first.body()).contains("\"type\":\"benefits.test\"");
        assertThat(first.signature()).isEqualTo(WebhookSignature.sign(added.get("secret").asString(), first.id(),
                Long.parseLong(first.timestamp()), first.body()));
        assertThat(received.get(1).id()).as("each test is a delivery of its own").isNotEqualTo(first.id());
        JsonNode log = api.post(admin, null, "query($p: ID!) { node(id: $p) { ... on Partner { webhookEndpoints { deliveries { id } } } } }",
                Map.of("p", partner.id())).at("data.node.webhookEndpoints");
        assertThat(log.at("/0/deliveries")).as("tests are not logged").isEmpty();
    }

    /** A receiver that keeps what it is sent in {@link #received} and answers the status given for the nth call. */
    private String recordingReceiver(IntUnaryOperator statusOfCall) throws IOException {
        return receiver(exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            received.add(new Received(exchange.getRequestHeaders().getFirst("webhook-id"),
                    exchange.getRequestHeaders().getFirst("webhook-timestamp"), exchange.getRequestHeaders().getFirst("webhook-signature"),
                    new String(body, StandardCharsets.UTF_8)));
            exchange.sendResponseHeaders(statusOfCall.applyAsInt(calls.incrementAndGet()), -1);
            exchange.close();
        });
    }

    private String receiver(HttpHandler handler) throws IOException {
        HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.setExecutor(Executors.newCachedThreadPool());
        receiver.createContext("/hook", handler);
        receiver.start();
        receivers.add(receiver);
        return "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
    }

    private JsonNode addEndpoint(String admin, BackOffice.Partner partner, String url) {
        JsonNode added = api.post(admin, null, """
                mutation($p: ID!, $url: String!) { addWebhookEndpoint(input: {partnerId: $p, url: $url,
                  kinds: [INCIDENTS_LOW, INCIDENTS_EXHAUSTED]}) { endpoint { id } secret userErrors { code message } } }""",
                Map.of("p", partner.id(), "url", url)).at("data.addWebhookEndpoint");
        assertThat(added.get("userErrors").isEmpty()).as(added.toString()).isTrue();
        return added;
    }

    @Test
    void aReceiverFailingTwiceGetsTheSameSignedDeliveryThreeTimesAndTheLogSaysSo() throws Exception {
        String url = recordingReceiver(call -> call <= 2 ? 500 : 200);
        BackOffice.Partner partner = backOffice.partner("Webhook Partner");
        String admin = backOffice.globalAdmin(partner);
        JsonNode contract = benefits.activated(admin, backOffice.activeMembership(partner, "GOLD_COMPETENCY", "Data Platform"),
                "MICROSOFT_PRODUCT_SUPPORT");
        benefits.link(admin, null, contract);
        JsonNode added = api.post(admin, null, """
                mutation($p: ID!, $url: String!) { addWebhookEndpoint(input: {partnerId: $p, url: $url, kinds: [INCIDENTS_EXHAUSTED]}) {
                  endpoint { id url kinds } secret userErrors { code message } } }""",
                Map.of("p", partner.id(), "url", url))
                .at("data.addWebhookEndpoint");
        assertThat(added.get("userErrors").isEmpty()).as(added.toString()).isTrue();
        String secret = added.get("secret").asString();
        String sql = Incidents.product(api, "SQL Server", "ON_PREMISES", "[\"2022\"]");
        for (int n = 0; n < 20; n++) {
            GraphQlHttp.Response raised = incidents.raise(admin, contract.get("id").asString(), sql, "2022", "hook-" + n);
            assertThat(raised.at("data.raiseIncident.userErrors").isEmpty()).as(raised.body()).isTrue();
        }

        for (int wait = 0; wait < 200 && received.size() < 3; wait++) {
            Thread.sleep(100);
        }

        String state = api.post(admin, null, "query($p: ID!) { node(id: $p) { ... on Partner { webhookEndpoints { url deliveries { kind "
                + "attempts statusCode succeeded } } } } viewer { notifications { nodes { kind } } } }", Map.of("p", partner.id())).body();
        assertThat(received).as(state).hasSize(3);
        assertThat(received).extracting(Received::id).containsOnly(received.get(0).id());
        for (Received delivery : received) {
            assertThat(delivery.signature()).isEqualTo(WebhookSignature.sign(secret, delivery.id(), Long.parseLong(delivery.timestamp()),
                    delivery.body()));
        }
        assertThat(received.get(2).body()).contains("\"type\":\"benefits.incidents_exhausted\"");
        JsonNode log = api.post(admin, null, """
                query($p: ID!) { node(id: $p) { ... on Partner { webhookEndpoints { url
                  deliveries { kind attempts statusCode succeeded attemptedAt } } } } }""", Map.of("p", partner.id()))
                .at("data.node.webhookEndpoints");
        for (int wait = 0; wait < 50 && !log.at("/0/deliveries/0/succeeded").asBoolean(); wait++) {
            Thread.sleep(100);
            log = api.post(admin, null, "query($p: ID!) { node(id: $p) { ... on Partner { webhookEndpoints { deliveries { kind attempts "
                    + "statusCode succeeded } } } } }", Map.of("p", partner.id())).at("data.node.webhookEndpoints");
        }
        assertThat(log.at("/0/deliveries")).hasSize(1);
        assertThat(log.at("/0/deliveries/0/attempts").asInt()).isEqualTo(3);
        assertThat(log.at("/0/deliveries/0/statusCode").asInt()).isEqualTo(200);
        assertThat(log.at("/0/deliveries/0/succeeded").asBoolean()).isTrue();
        assertThat(log.at("/0/deliveries/0/kind").asString()).isEqualTo("INCIDENTS_EXHAUSTED");
    }
}
