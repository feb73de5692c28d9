package com.partnerbenefits.bootstrap.browser.portal;

import com.partnerbenefits.bootstrap.demo.DemoData;
import com.partnerbenefits.bootstrap.security.DevelopmentSecrets;
import com.partnerbenefits.bootstrap.security.TokenCommand;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Sets the stage for a journey through the public API (tokens, links, incidents), as any other client would. */
final class PortalApi {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newHttpClient();
    private final URI endpoint;

    PortalApi(int port) {
        this.endpoint = URI.create("http://127.0.0.1:" + port + "/graphql");
    }

    static String token(String login) {
        return TokenCommand.sign(DevelopmentSecrets.JWT_HMAC_SECRET, login, "AAD", false, Duration.ofMinutes(30));
    }

    static String msaToken(String login) {
        return TokenCommand.sign(DevelopmentSecrets.JWT_HMAC_SECRET, login, "MSA", false, Duration.ofMinutes(30));
    }

    static String operatorToken() {
        return TokenCommand.sign(DevelopmentSecrets.JWT_HMAC_SECRET, DemoData.OPERATOR, "AAD", true, Duration.ofMinutes(30));
    }

    static String supportToken() {
        return TokenCommand.sign(DevelopmentSecrets.JWT_HMAC_SECRET, DemoData.SUPPORT_ENGINEER, "AAD",
                List.of("benefits.support"), Duration.ofMinutes(30));
    }

    /** A support engineer resolves the incident through the API (as another desk would). */
    void resolve(String incidentId, String cause, String note) {
        JsonNode payload = post(supportToken(), "mutation($i: ID!, $c: ResolutionCause!, $n: String) { resolveIncident(input: "
                + "{incidentId: $i, cause: $c, note: $n}) { incident { status } userErrors { code message } } }",
                Map.of("i", incidentId, "c", cause, "n", note)).at("/data/resolveIncident");
        if (!payload.path("userErrors").isEmpty()) {
            throw new IllegalStateException("Could not resolve: " + payload);
        }
    }

    /** The code of linking with this Access ID and Contract ID ("" when it linked). */
    String linkOutcome(String token, String accessId, String contractId) {
        JsonNode payload = post(token, "mutation($a: String!, $c: String!) { linkSupportContract(input: "
                + "{accessId: $a, contractId: $c}) { outcome userErrors { code } } }", Map.of("a", accessId, "c", contractId))
                .at("/data/linkSupportContract");
        return payload.path("userErrors").isEmpty() ? "" : payload.at("/userErrors/0/code").asString();
    }

    /** A development token for {@code login} that was valid for ten minutes and expired ten minutes ago. */
    static String expiredToken(String login) {
        Instant now = Instant.now();
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), new JWTClaimsSet.Builder().subject(login)
                .issueTime(Date.from(now.minus(Duration.ofMinutes(20))))
                .expirationTime(Date.from(now.minus(Duration.ofMinutes(10)))).build());
        try {
            jwt.sign(new MACSigner(DevelopmentSecrets.JWT_HMAC_SECRET.getBytes(StandardCharsets.UTF_8)));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }

    /** A personal account nobody has seen before. */
    static String newOutsider(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@outlook.com";
    }

    /** Contoso's activated contract of this kind (the demo activates both): its id, Access ID and Contract ID. */
    JsonNode contosoContract(String benefitKind) {
        JsonNode benefits = post(token("admin@contoso.com"),
                "{ viewer { partner { technicalBenefits { kind contract { id accessId contractId } } } } }", Map.of())
                .at("/data/viewer/partner/technicalBenefits");
        return benefits.valueStream().filter(b -> b.get("kind").asString().equals(benefitKind)).findFirst()
                .orElseThrow().get("contract");
    }

    void link(String token, JsonNode contract) {
        JsonNode payload = post(token, "mutation($a: String!, $c: String!) { linkSupportContract(input: "
                + "{accessId: $a, contractId: $c}) { outcome userErrors { code } } }",
                Map.of("a", contract.get("accessId").asString(), "c", contract.get("contractId").asString()))
                .at("/data/linkSupportContract");
        if (!payload.path("userErrors").isEmpty() || payload.path("outcome").isMissingNode()) {
            throw new IllegalStateException("Could not link: " + payload);
        }
    }

    String productId(String token, String name) {
        return post(token, "{ products { id name } }", Map.of()).at("/data/products").valueStream()
                .filter(p -> p.get("name").asString().equals(name)).findFirst().orElseThrow().get("id").asString();
    }

    JsonNode raise(String token, String contractId, String productId, String version, String title) {
        JsonNode payload = post(token, "mutation($i: RaiseIncidentInput!) { raiseIncident(input: $i) { "
                + "incident { id } contract { incidentsRemaining } userErrors { code message } } }",
                Map.of("i", Map.of("supportContractId", contractId, "productId", productId, "productVersion", version,
                        "title", title, "severity", "C", "idempotencyKey", UUID.randomUUID().toString())))
                .at("/data/raiseIncident");
        if (!payload.path("userErrors").isEmpty()) {
            throw new IllegalStateException("Could not raise: " + payload);
        }
        return payload;
    }

    int incidentCount(String token) {
        return post(token, "{ viewer { incidents(first: 1) { totalCount } } }", Map.of())
                .at("/data/viewer/incidents/totalCount").asInt();
    }

    String partnerIdOf(String memberLogin) {
        return post(token(memberLogin), "{ viewer { partner { id } } }", Map.of()).at("/data/viewer/partner/id").asString();
    }

    /** Registers a partner with no membership and a Global Admin; answers the admin's login. */
    String partnerWithoutMemberships() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String partnerId = post(operatorToken(), "mutation($n: String!, $m: String!) { registerPartner(input: "
                + "{name: $n, mpnId: $m}) { partner { id } userErrors { code message } } }",
                Map.of("n", "Empty Co " + suffix, "m", String.valueOf(2_000_000 + (Math.abs(suffix.hashCode()) % 7_000_000))))
                .at("/data/registerPartner/partner/id").asString();
        String login = "admin-" + suffix + "@empty.example";
        registerAccount(login, partnerId, List.of("GLOBAL_ADMIN"), List.of("MPN"));
        return login;
    }

    /**
     * Registers an Action Pack partner (10 incidents of Microsoft Product Support) with a Global Admin, who
     * activates the benefit; answers the contract (id, Access ID, Contract ID) and the admin's login.
     */
    Map.Entry<String, JsonNode> actionPackPartner() {
        String login = partnerWithoutMemberships();
        String partnerId = partnerIdOf(login);
        String benefitId = post(operatorToken(), "mutation($p: ID!, $s: Date!, $e: Date!) { grantMembership(input: "
                + "{partnerId: $p, offer: ACTION_PACK, startsOn: $s, endsOn: $e}) { membership { benefits { id } } } }",
                Map.of("p", partnerId, "s", LocalDate.now().minusMonths(1).toString(), "e", LocalDate.now().plusYears(1).toString()))
                .at("/data/grantMembership/membership/benefits/0/id").asString();
        JsonNode contract = post(token(login), "mutation($b: ID!) { activateTechnicalBenefit(input: {benefitId: $b}) { "
                + "benefit { contract { id accessId contractId } } } }", Map.of("b", benefitId))
                .at("/data/activateTechnicalBenefit/benefit/contract");
        if (contract.isMissingNode()) {
            throw new IllegalStateException("Could not activate the Action Pack benefit of " + login);
        }
        return Map.entry(login, contract);
    }

    /** Registers a partner whose Action Pack grants {@code hours} advisory hours, with a Global Admin; answers the admin's login. */
    String partnerWithAdvisoryHours(int hours) {
        String login = partnerWithoutMemberships();
        JsonNode granted = post(operatorToken(), "mutation($p: ID!, $s: Date!, $e: Date!, $h: Int) { grantMembership(input: "
                + "{partnerId: $p, offer: ACTION_PACK, startsOn: $s, endsOn: $e, advisoryHours: $h}) { membership { id } "
                + "userErrors { code message } } }", Map.of("p", partnerIdOf(login), "s", LocalDate.now().minusMonths(1).toString(),
                "e", LocalDate.now().plusYears(1).toString(), "h", hours)).at("/data/grantMembership");
        if (!granted.path("userErrors").isEmpty()) {
            throw new IllegalStateException("Could not grant advisory hours: " + granted);
        }
        return login;
    }

    void registerAccount(String login, String partnerId, List<String> roles, List<String> associations) {
        JsonNode payload = post(operatorToken(), "mutation($i: RegisterAccountInput!) { registerAccount(input: $i) { "
                + "account { id } userErrors { code message } } }", Map.of("i", Map.of("login", login, "kind", "AAD",
                "partnerId", partnerId, "roles", roles, "associations", associations)))
                .at("/data/registerAccount");
        if (!payload.path("userErrors").isEmpty()) {
            throw new IllegalStateException("Could not register " + login + ": " + payload);
        }
    }

    JsonNode post(String token, String query, Map<String, Object> variables) {
        HttpRequest request = HttpRequest.newBuilder(endpoint).header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("query", query, "variables", variables))))
                .build();
        try {
            return JSON.readTree(http.send(request, HttpResponse.BodyHandlers.ofString()).body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
