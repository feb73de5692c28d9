package com.partnerbenefits.bootstrap.e2e;

import static com.partnerbenefits.bootstrap.e2e.BackOfficeEndToEndTest.OPERATOR;
import static com.partnerbenefits.bootstrap.e2e.BackOfficeEndToEndTest.REGISTER_PARTNER;
import static org.assertj.core.api.Assertions.assertThat;

import com.partnerbenefits.bootstrap.PartnerBenefitsApplication;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A partner the API acknowledged is still there after the process is killed with SIGKILL
 * ({@code kill -9}) and restarted on the same embedded store file.
 */
class KillNineDurabilityTest {

    @TempDir
    Path dataDirectory;

    @Test
    void anAcknowledgedWriteSurvivesKillNine() throws Exception {
        int port = freePort();
        Process first = start(port);
        String partnerId;
        try {
            awaitHealthy(port, first);
            GraphQlHttp api = new GraphQlHttp(port);
            partnerId = api.post(OPERATOR, null, REGISTER_PARTNER, Map.of("name", "Durable Ltd", "mpnId", "7654321"))
                    .at("data.registerPartner.partner.id").asString();
        } finally {
            first.destroyForcibly().waitFor(); // SIGKILL: no shutdown hook, no graceful close
        }

        Process second = start(port);
        try {
            awaitHealthy(port, second);
            GraphQlHttp.Response found = new GraphQlHttp(port).post(OPERATOR, null,
                    "query($id: ID!) { node(id: $id) { ... on Partner { name mpnId } } }", Map.of("id", partnerId));

            assertThat(found.at("data.node.name").asString()).isEqualTo("Durable Ltd");
        } finally {
            second.destroyForcibly().waitFor();
        }
    }

    private Process start(int port) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(List.of(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                PartnerBenefitsApplication.class.getName(), "--server.port=" + port, "--benefits.demo.enabled=false",
                "--benefits.embedded-mongo.path=" + dataDirectory.resolve("benefits.mv")))
                .redirectErrorStream(true).redirectOutput(dataDirectory.resolve("service-" + port + ".log").toFile())
                .start();
    }

    private static void awaitHealthy(int port, Process process) throws InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (Instant.now().isBefore(deadline) && process.isAlive()) {
            try {
                HttpResponse<String> health = http.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/actuator/health")).build(), HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYetListening) {
                // still starting
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the service did not become healthy on port " + port);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
