package com.partnerbenefits.bootstrap.benchmark;

import static com.mongodb.client.model.Filters.eq;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The service's reference request ({@code viewer { account { id } }}: token check, request guard, limits, metrics,
 * error shaping and one read of the caller by login) against {@link PeerApplication}, the bare stack answering one
 * field with one read by {@code _id}, side by side. Fair by construction: the peer runs in the same JVM as the
 * service (which holds the store and the load clients too), reads the very document the reference request reads, in
 * the same embedded store, through the same keep-alive clients; it gets the same first warm-up as the service (the
 * stack's shared code is then compiled for both) and each row the same warm-up before it is measured.
 */
final class PeerComparison {

    private static final String LOGIN = "reference@bench.example";
    private static final String PEER_QUERY = "{ account { id } }";

    private final Rows rows;
    private final BenchWorld world;
    private final Duration firstWarmup;

    PeerComparison(Rows rows, BenchWorld world, Duration firstWarmup) {
        this.rows = rows;
        this.world = world;
        this.firstWarmup = firstWarmup;
    }

    void run() throws Exception {
        String token = BenchApi.token(LOGIN, false);
        world.api.call(token, BenchWorld.REFERENCE, Map.of()); // the caller's account exists from its first request on
        Object id = world.store.getCollection("accounts").find(eq("login", LOGIN)).first().get("_id");
        try (ConfigurableApplicationContext peer = PeerApplication.start(world.storeUri(), "accounts", id);
                BenchApi peerApi = new BenchApi(((WebServerApplicationContext) peer).getWebServer().getPort())) {
            String answer = peerApi.post(token, PEER_QUERY, Map.of());
            if (!answer.contains(id.toString())) {
                throw new IllegalStateException("the peer answered " + answer);
            }
            Load.warm(4, firstWarmup, (client, call) -> peerApi.post(token, PEER_QUERY, Map.of()));
            rows.line("");
            rows.line("## The service against a bare application on the same stack (same JVM, store, clients and warm-up)");
            rows.line("Peer: Spring Boot, Tomcat, Spring for GraphQL and Spring Data MongoDB with no security, limits or metrics; "
                    + "a one-field schema whose query `{ account { id } }` reads the same account document by `_id`.");
            rows.line("");
            rows.requestHeader("application");
            StringBuilder ratios = new StringBuilder();
            for (int clients : Rows.sizes("benchmark.clients", List.of(1, 8))) {
                Load.Result service = rows.request(world.api, "service: `viewer { account { id } }`", clients, token,
                        BenchWorld.REFERENCE);
                Load.Result bare = rows.request(peerApi, "peer: `{ account { id } }`", clients, token, PEER_QUERY);
                ratios.append(String.format("%s%d client%s: **%.2f×** (%.0f against %.0f requests/s)", ratios.isEmpty() ? "" : "; ",
                        clients, clients == 1 ? "" : "s", service.meanMillis() / bare.meanMillis(), service.perSecond(),
                        bare.perSecond()));
            }
            rows.line("");
            rows.line("Service / peer (mean latency; target ≤ 1.5×): " + ratios);
        }
    }
}
