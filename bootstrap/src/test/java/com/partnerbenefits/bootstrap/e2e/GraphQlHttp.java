package com.partnerbenefits.bootstrap.e2e;

import com.partnerbenefits.bootstrap.security.DevelopmentSecrets;
import com.partnerbenefits.bootstrap.security.TokenCommand;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A plain HTTP client for the GraphQL endpoint: the service seen exactly as a client sees it. */
final class GraphQlHttp {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newHttpClient();
    private final URI endpoint;

    GraphQlHttp(int port) {
        this.endpoint = URI.create("http://127.0.0.1:" + port + "/graphql");
    }

    static String token(String login, boolean operator) {
        return TokenCommand.sign(DevelopmentSecrets.JWT_HMAC_SECRET, login, "AAD", operator, Duration.ofMinutes(10));
    }

    /** A personal (MSA) account's token. */
    static String msaToken(String login) {
        return TokenCommand.sign(DevelopmentSecrets.JWT_HMAC_SECRET, login, "MSA", false, Duration.ofMinutes(10));
    }

    Response post(String token, String language, String query, Map<String, Object> variables) {
        String body = JSON.writeValueAsString(Map.of("query", query, "variables", variables));
        return send(token, language, body);
    }

    Response send(String token, String language, String rawBody) {
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(rawBody));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (language != null) {
            request.header("Accept-Language", language);
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    record Response(int status, String body) {

        JsonNode json() {
            return JSON.readTree(body);
        }

        /** A value by a dotted path, e.g. "data.registerPartner.userErrors.0.code". */
        JsonNode at(String path) {
            return json().at("/" + path.replace('.', '/'));
        }
    }
}
