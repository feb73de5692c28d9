package com.partnerbenefits.bootstrap.benchmark;

import com.partnerbenefits.bootstrap.security.DevelopmentSecrets;
import com.partnerbenefits.bootstrap.security.TokenCommand;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The service over HTTP, as a client sees it, for the benchmark. */
final class BenchApi implements AutoCloseable {

    static final String OPERATOR = token("ops@bench.example", true);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final int port;
    private final ThreadLocal<KeepAliveConnection> connections = new ThreadLocal<>();
    private final List<KeepAliveConnection> opened = Collections.synchronizedList(new ArrayList<>());

    BenchApi(int port) {
        this.port = port;
    }

    static String token(String login, boolean operator) {
        return TokenCommand.sign(DevelopmentSecrets.JWT_HMAC_SECRET, login, "AAD", operator, Duration.ofHours(1));
    }

    /** Posts the query and answers the parsed body; fails on anything but HTTP 200 without errors. */
    JsonNode call(String token, String query, Map<String, Object> variables) throws Exception {
        JsonNode body = JSON.readTree(post(token, query, variables));
        if (body.has("errors")) {
            throw new IllegalStateException(body.toString());
        }
        return body.get("data");
    }

    /** Posts the query and answers the raw body, without looking at it (what a timed call does). */
    String post(String token, String query, Map<String, Object> variables) throws Exception {
        KeepAliveConnection connection = connection();
        KeepAliveConnection.Answer answer;
        try {
            answer = connection.post("Bearer " + token, JSON.writeValueAsBytes(Map.of("query", query, "variables", variables)));
        } catch (IOException broken) {
            forget(connection);
            throw broken;
        }
        if (answer.closed()) {
            forget(connection);
        }
        if (answer.status() != 200) {
            throw new IllegalStateException("HTTP " + answer.status() + ": " + answer.body());
        }
        return answer.body();
    }

    /** The calling thread's connection: each load client keeps its own, as a browser keeps its own. */
    private KeepAliveConnection connection() throws IOException {
        KeepAliveConnection connection = connections.get();
        if (connection != null && connection.idleFor(Duration.ofSeconds(2))) {
            forget(connection);
            connection = null;
        }
        if (connection == null) {
            connection = new KeepAliveConnection(port);
            connections.set(connection);
            opened.add(connection);
        }
        return connection;
    }

    /** Closes the calling thread's connection, which the next call replaces. */
    private void forget(KeepAliveConnection connection) throws IOException {
        connections.remove();
        opened.remove(connection);
        connection.close();
    }

    @Override
    public void close() throws IOException {
        synchronized (opened) {
            for (KeepAliveConnection connection : opened) {
                connection.close();
            }
        }
    }
}
