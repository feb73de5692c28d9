package com.partnerbenefits.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;

/**
 * A webhook retry survives a restart: the receiver answers 500, the service stops with the retry
 * stored (state and next attempt time in the store file), a new service on the same file makes the
 * retry, with the same {@code webhook-id}, and the receiver's 200 ends it.
 */
class WebhookRetriesSurviveARestartTest {

    @TempDir
    Path data;

    @Test
    void theRetryOfAFailedDeliveryArrivesWithTheSameIdAfterARestart() throws Exception {
        List<String> ids = new CopyOnWriteArrayList<>();
        AtomicInteger calls = new AtomicInteger();
        HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hook", exchange -> {
            exchange.getRequestBody().readAllBytes();
            ids.add(exchange.getRequestHeaders().getFirst("webhook-id"));
            exchange.sendResponseHeaders(calls.incrementAndGet() == 1 ? 500 : 200, -1);
            exchange.close();
        });
        receiver.start();
        String[] settings = {"--benefits.embedded-mongo.path=" + data.resolve("benefits.mv"),
                "--benefits.notifications.dispatch-interval=200ms", "--benefits.notifications.retry-delays=5s,5s"};
        try {
            try (SecondInstance before = SecondInstance.started(settings)) {
                exhaustAContractWatchedBy(before.api, "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook");
                Document stored = awaitDelivery(before.bean(MongoTemplate.class), d -> d.get("statusCode") != null);

                assertThat(ids).hasSize(1);
                assertThat(stored.getString("state")).isEqualTo("PENDING");
                assertThat(stored.getInteger("statusCode")).isEqualTo(500);
                assertThat(Duration.between(stored.getDate("attemptedAt").toInstant(), stored.getDate("nextAttemptAt").toInstant()))
                        .as("the next attempt's time is stored").isEqualTo(Duration.ofSeconds(5));
            }
            try (SecondInstance after = SecondInstance.started(settings)) {
                Document settled = awaitDelivery(after.bean(MongoTemplate.class), d -> "DELIVERED".equals(d.getString("state")));

                assertThat(ids).hasSize(2).containsOnly(ids.get(0));
                assertThat(settled.getString("state")).isEqualTo("DELIVERED");
                assertThat(settled.getInteger("attempts")).isEqualTo(2);
            }
        } finally {
            receiver.stop(0);
        }
    }

    private static void exhaustAContractWatchedBy(GraphQlHttp api, String url) {
        BackOffice backOffice = new BackOffice(api);
        BackOffice.Partner partner = backOffice.partner("Restart Partner");
        String admin = backOffice.globalAdmin(partner);
        JsonNode added = api.post(admin, null, """
                mutation($p: ID!, $url: String!) { addWebhookEndpoint(input: {partnerId: $p, url: $url, kinds: [INCIDENTS_EXHAUSTED]}) {
                  endpoint { id } userErrors { code message } } }""", Map.of("p", partner.id(), "url", url)).at("data.addWebhookEndpoint");
        assertThat(added.get("userErrors").isEmpty()).as(added.toString()).isTrue();
        JsonNode contract = new Benefits(api).activated(admin, backOffice.activeMembership(partner, "GOLD_COMPETENCY", "Data Platform"),
                "MICROSOFT_PRODUCT_SUPPORT");
        new Benefits(api).link(admin, null, contract);
        String sql = Incidents.product(api, "SQL Server", "ON_PREMISES", "[\"2022\"]");
        for (int n = 0; n < 20; n++) {
            new Incidents(api).raise(admin, contract.get("id").asString(), sql, "2022", "restart-" + n);
        }
    }

    /** The (one) webhook delivery as stored, once it matches. */
    private static Document awaitDelivery(MongoTemplate mongo, Predicate<Document> settled) throws InterruptedException {
        Document delivery = null;
        for (int wait = 0; wait < 300; wait++) {
            delivery = mongo.getCollection("notification_deliveries").find(new Document("channel", "WEBHOOK")).first();
            if (delivery != null && settled.test(delivery)) {
                return delivery;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no such webhook delivery: " + delivery);
    }
}
