package com.partnerbenefits.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.partnerbenefits.bootstrap.PartnerBenefitsApplication;
import com.partnerbenefits.bootstrap.config.RefusedStart;
import com.partnerbenefits.bootstrap.security.DevelopmentSecrets;
import com.partnerbenefits.bootstrap.security.ProductionSettings;
import com.partnerbenefits.bootstrap.security.TokenCommand;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** The prod profile: it refuses to start without what production needs, and turns development help off. */
class ProductionProfileTest {

    private static final String SECRET = "a-production-secret-of-at-least-32-bytes!";
    private static final List<String> QUIETED = List.of(SpringApplication.class.getName(),
            "org.springframework.boot.diagnostics.LoggingFailureAnalysisReporter");

    @Test
    void withoutAnIssuerOrAGlobalIdSecretItRefusesToStartAndSaysWhatToSet() {
        Throwable failure = failureToStart(Map.of());

        assertThat(rootCause(failure)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("The prod profile cannot start")
                .hasMessageContaining("issuer-uri or jwk-set-uri")
                .hasMessageContaining("BENEFITS_GLOBAL_IDS_SECRET")
                .hasMessageContaining("BENEFITS_NOTIFICATIONS_WEBHOOK_SECRET_KEY");
    }

    @Test
    void theRefusalIsAReportOfWhatToSetNotAStackTrace() {
        RefusedStart refusal = RefusedStart.of("--spring.profiles.active=prod");

        assertThat(refusal.failure()).as("the start fails").isNotNull();
        assertThat(refusal.console()).contains("APPLICATION FAILED TO START")
                .contains("The prod profile cannot start without these settings:")
                .contains("BENEFITS_GLOBAL_IDS_SECRET")
                .as("a report, not a stack trace").doesNotContain("\tat ");
    }

    @Test
    void anHmacSecretIsRefusedUnlessExplicitlyAllowedAndNeverTheDevelopmentOne() {
        Throwable notAllowed = failureToStart(Map.of("benefits.security.jwt.hmac-secret", SECRET,
                "benefits.global-ids.secret", SECRET));
        Throwable developmentSecret = failureToStart(Map.of("benefits.security.jwt.allow-hmac", "true",
                "benefits.global-ids.secret", SECRET));

        assertThat(rootCause(notAllowed)).hasMessageContaining("HMAC-signed tokens are refused");
        assertThat(rootCause(developmentSecret)).hasMessageContaining("needs a secret of your own");
    }

    @Test
    void theWebhookKeyMustBeSetAndNotTheDevelopmentOne() {
        Map<String, String> otherwiseReady = Map.of("benefits.security.jwt.allow-hmac", "true", "benefits.security.jwt.hmac-secret", SECRET,
                "benefits.global-ids.secret", SECRET);
        Map<String, String> developmentKey = new java.util.HashMap<>(otherwiseReady);
        developmentKey.put("benefits.notifications.webhook-secret-key", DevelopmentSecrets.WEBHOOK_SECRET_KEY);

        assertThat(rootCause(failureToStart(otherwiseReady))).hasMessageContaining("The prod profile cannot start")
                .hasMessageContaining("set BENEFITS_NOTIFICATIONS_WEBHOOK_SECRET_KEY (benefits.notifications.webhook-secret-key)");
        assertThat(rootCause(failureToStart(developmentKey))).hasMessageContaining("BENEFITS_NOTIFICATIONS_WEBHOOK_SECRET_KEY")
                .hasMessageContaining("anyone could sign deliveries");
    }

    @Test
    void tokensFromAnIssuerOrJwkSetNeedAnAudienceSelfIssuedOnesDoNot() {
        Throwable noAudience = failureToStart(Map.of(
                "spring.security.oauth2.resourceserver.jwt.jwk-set-uri", "https://login.example.com/keys",
                "benefits.global-ids.secret", SECRET));

        assertThat(rootCause(noAudience)).hasMessageContaining("The prod profile cannot start")
                .hasMessageContaining("spring.security.oauth2.resourceserver.jwt.audiences");
    }

    @Test
    void inProductionThereIsNoIntrospectionNoGraphiqlAndNoDemoData() throws Exception {
        try (ConfigurableApplicationContext context = start(Map.of("benefits.security.jwt.allow-hmac", "true",
                "benefits.security.jwt.hmac-secret", SECRET, "benefits.global-ids.secret", SECRET,
                "benefits.notifications.webhook-secret-key", SECRET))) {
            int port = ((WebServerApplicationContext) context).getWebServer().getPort();
            assertThat(port).as("a random port, whatever runs on 8080").isNotEqualTo(8080);
            assertThat(context.getEnvironment().getProperty("benefits.embedded-mongo.in-memory"))
                    .as("nothing written to ./data").isEqualTo("true");
            GraphQlHttp api = new GraphQlHttp(port);
            String token = TokenCommand.sign(SECRET, "admin@contoso.com", "AAD", false, Duration.ofMinutes(5));

            GraphQlHttp.Response introspection = api.post(token, null, "{ __schema { types { name } } }", Map.of());
            GraphQlHttp.Response viewer = api.post(token, null, "{ viewer { account { login } partner { name } } }", Map.of());
            HttpResponse<String> graphiql = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + "/graphiql")).header("Authorization", "Bearer " + token).build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(introspection.at("data.__schema").isMissingNode() || introspection.at("data.__schema").isNull()).isTrue();
            assertThat(introspection.at("errors.0.extensions.code").asString()).isEqualTo("INVALID_INPUT");
            assertThat(viewer.at("data.viewer.partner").isNull()).as("no demo partner").isTrue();
            assertThat(graphiql.statusCode()).isEqualTo(404);
        }
    }

    @Test
    void theTokenHelperIsOffInProduction() {
        assertThat(ProductionSettings.requested(new String[] {"token", "x", "--spring.profiles.active=prod"})).isTrue();
        assertThat(ProductionSettings.requested(new String[] {"token", "x", "--spring.profiles.active=dev"})).isFalse();
    }

    /**
     * Starts with settings that must be refused. The failure is this test's to assert, so Spring Boot's
     * "Application run failed" report (a stack trace) is off for this start only, then back as configured.
     */
    /** The refusal, kept off the build's log: its report (and the run's failure) are this test's to assert. */
    private static Throwable failureToStart(Map<String, String> settings) {
        Map<String, String> quiet = new java.util.HashMap<>(settings);
        QUIETED.forEach(logger -> quiet.put("logging.level." + logger, "off"));
        try {
            return catchThrowable(() -> start(quiet).close());
        } finally {
            LoggingSystem logging = LoggingSystem.get(ProductionProfileTest.class.getClassLoader());
            QUIETED.forEach(logger -> logging.setLogLevel(logger, null));
        }
    }

    /** Settings as command-line arguments, which win over application-prod.yml as they would in production. */
    private static ConfigurableApplicationContext start(Map<String, String> settings) {
        Map<String, String> all = new java.util.HashMap<>(Map.of("benefits.embedded-mongo.in-memory", "true", "server.port", "0"));
        all.putAll(settings);
        String[] args = all.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
        return new SpringApplicationBuilder(PartnerBenefitsApplication.class).profiles("prod").run(args);
    }

    private static Throwable rootCause(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }
}
