package com.partnerbenefits.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Hundreds of clients that send the headers of a POST /graphql and then trickle or stall its body must not
 * take the service down: health and other clients keep being answered meanwhile.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "benefits.embedded-mongo.in-memory=true", "benefits.demo.enabled=false"})
class SlowBodiesEndToEndTest {

    private static final int SLOW_CLIENTS = 300;
    private static final Duration ANSWER_WITHIN = Duration.ofSeconds(10);

    @LocalServerPort
    int port;

    @Test
    void healthAndOtherClientsAreAnsweredWhileHundredsOfBodiesTrickleOrStall() throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(ANSWER_WITHIN).build();
        String token = GraphQlHttp.token("patient@outlook.com", false);
        assertThat(health(client).statusCode()).as("healthy before").isEqualTo(200);

        List<Socket> slow = new ArrayList<>();
        ScheduledExecutorService trickle = Executors.newSingleThreadScheduledExecutor();
        try {
            for (int i = 0; i < SLOW_CLIENTS; i++) {
                Socket socket = new Socket();
                socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
                slow.add(socket);
                socket.getOutputStream().write(("POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + token
                        + "\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n{").getBytes(StandardCharsets.US_ASCII));
            }
            trickle.scheduleWithFixedDelay(() -> {
                for (int i = 0; i < slow.size(); i += 2) {
                    try {
                        OutputStream out = slow.get(i).getOutputStream();
                        out.write(' ');
                        out.flush();
                    } catch (IOException closedByTheService) {
                        // a refused slow client is what the service may do
                    }
                }
            }, 200, 200, TimeUnit.MILLISECONDS);
            Thread.sleep(1_000); // let every slow request reach the service

            for (int round = 0; round < 3; round++) {
                HttpResponse<String> health = health(client);
                HttpResponse<String> viewer = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/graphql"))
                        .timeout(ANSWER_WITHIN).header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"{ viewer { account { login } } }\"}")).build(),
                        HttpResponse.BodyHandlers.ofString());

                assertThat(health.statusCode()).isEqualTo(200);
                assertThat(viewer.statusCode()).isEqualTo(200);
                assertThat(viewer.body()).contains("patient@outlook.com");
            }
        } finally {
            trickle.shutdownNow();
            for (Socket socket : slow) {
                socket.close();
            }
        }
        assertThat(new GraphQlHttp(port).post(token, null, "{ viewer { account { login } } }", Map.of()).status()).isEqualTo(200);
    }

    private HttpResponse<String> health(HttpClient client) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
                .timeout(ANSWER_WITHIN).build(), HttpResponse.BodyHandlers.ofString());
    }
}
