package com.partnerbenefits.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.partnerbenefits.bootstrap.PartnerBenefitsApplication;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** Under prod the explorer and the printed schema are gone: 404 in the API's error shape, token or not. */
class ExplorerInProductionTest {

    private static final String SECRET = "a-production-secret-of-at-least-32-bytes!";

    @Test
    void graphiqlAndTheSchemaAreNotFoundUnderProd() {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(PartnerBenefitsApplication.class)
                .profiles("prod").run("--server.port=0", "--benefits.embedded-mongo.in-memory=true",
                        "--benefits.security.jwt.allow-hmac=true", "--benefits.security.jwt.hmac-secret=" + SECRET,
                        "--benefits.global-ids.secret=" + SECRET, "--benefits.notifications.webhook-secret-key=" + SECRET)) {
            int port = ((WebServerApplicationContext) context).getWebServer().getPort();

            for (String path : new String[] {"/graphiql", "/graphiql/explorer.js", "/graphql/schema"}) {
                HttpResponse<String> response = PlainHttp.get(port, path);
                assertThat(response.statusCode()).as(path).isEqualTo(404);
                assertThat(PlainHttp.json(response, "errors.0.extensions.code")).as(path).isEqualTo("NOT_FOUND");
            }
            HttpResponse<String> metrics = PlainHttp.get(port, "/actuator/prometheus");
            assertThat(metrics.statusCode()).isEqualTo(401);
            assertThat(PlainHttp.json(metrics, "errors.0.extensions.code")).isEqualTo("UNAUTHENTICATED");
        }
    }
}
