package com.partnerbenefits.bootstrap.benchmark;

import com.partnerbenefits.bootstrap.security.DevelopmentSecrets;
import com.partnerbenefits.bootstrap.security.TokenCommand;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The service over HTTP, as a client sees it, for the benchmark. */
final class BenchApi {

    static final String OPERATOR = token("ops@bench.example", true);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final URI endpoint;

    BenchApi(int port) {
        this.endpoint = URI.create("http://127.0.0.1:" + port + "/graphql");
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
        HttpRequest request = HttpRequest.newBuilder(endpoint).header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("query", query, "variables", variables))))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("HTTP " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }
}
