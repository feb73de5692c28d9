package com.partnerbenefits.bootstrap.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The POST goes to the pinned address, whatever the name would resolve to now, with the URL's Host;
 * a redirect is answered as its status and not followed; a receiver that does not answer ends the
 * attempt at the timeout.
 */
class PinnedPostTest {

    private final List<String> seen = new CopyOnWriteArrayList<>();
    private final CountDownLatch release = new CountDownLatch(1);
    private HttpServer receiver;
    private int port;

    @BeforeEach
    void receiver() throws IOException {
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.setExecutor(Executors.newCachedThreadPool());
        receiver.createContext("/hook", exchange -> {
            seen.add(exchange.getRequestHeaders().getFirst("Host") + " " + exchange.getRequestURI() + " "
                    + exchange.getRequestHeaders().getFirst("webhook-id") + " "
                    + new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(201, -1);
            exchange.close();
        });
        receiver.createContext("/moved", exchange -> {
            seen.add("moved");
            exchange.getResponseHeaders().add("Location", "/hook");
            exchange.sendResponseHeaders(302, -1);
            exchange.close();
        });
        receiver.createContext("/hang", exchange -> {
            try {
                release.await();
            } catch (InterruptedException stopped) {
                Thread.currentThread().interrupt();
            }
            exchange.close();
        });
        receiver.start();
        port = receiver.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        release.countDown();
        receiver.stop(0);
    }

    @Test
    void thePostGoesToThePinnedAddressWithTheUrlsHost() throws Exception {
        int status = new PinnedPost().post(URI.create("http://hooks.example.test:" + port + "/hook?source=benefits"),
                InetAddress.getLoopbackAddress(), Map.of("webhook-id", "msg_1"), "{\"type\":\"benefits.test\"}", Duration.ofSeconds(5));

        assertThat(status).isEqualTo(201);
        assertThat(seen).containsExactly("hooks.example.test:" + port + " /hook?source=benefits msg_1 {\"type\":\"benefits.test\"}");
    }

    @Test
    void aRedirectIsItsStatusAndIsNotFollowed() throws Exception {
        int status = new PinnedPost().post(URI.create("http://hooks.example.test:" + port + "/moved"), InetAddress.getLoopbackAddress(),
                Map.of(), "{}", Duration.ofSeconds(5));

        assertThat(status).isEqualTo(302);
        assertThat(seen).containsExactly("moved");
    }

    @Test
    void aReceiverThatDoesNotAnswerEndsTheAttemptAtTheTimeout() {
        long started = System.nanoTime();

        assertThatThrownBy(() -> new PinnedPost().post(URI.create("http://hooks.example.test:" + port + "/hang"),
                InetAddress.getLoopbackAddress(), Map.of(), "{}", Duration.ofMillis(500))).isInstanceOf(IOException.class);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
    }
}
