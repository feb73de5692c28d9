package com.partnerbenefits.bootstrap.browser.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.partnerbenefits.bootstrap.PartnerBenefitsApplication;
import com.partnerbenefits.bootstrap.portal.PortalSecurity;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** The portal's files over plain HTTP (no browser needed): served without a token, in every profile, with a strict CSP. */
class PortalPageTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Nested
    @SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
            "benefits.embedded-mongo.in-memory=true", "benefits.demo.enabled=true"})
    class InDevelopment {

        @LocalServerPort
        int port;

        @Test
        void thePageAndItsModulesLoadWithoutATokenUnderAPolicyThatAllowsOnlyThisOrigin() throws Exception {
            HttpResponse<String> page = get(port, "/");
            HttpResponse<String> app = get(port, "/portal/app.js");

            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("text/html"));
            assertThat(page.headers().firstValue("Content-Security-Policy")).contains(PortalSecurity.CONTENT_SECURITY_POLICY);
            assertThat(page.headers().firstValue("Referrer-Policy")).contains("no-referrer");
            assertThat(page.body()).contains("<script type=\"module\" src=\"/portal/app.js\">");
            assertThat(Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>").matcher(page.body()).find())
                    .as("no inline script").isFalse();
            assertThat(app.statusCode()).isEqualTo(200);
            assertThat(app.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).contains("javascript"));
            assertThat(get(port, "/index.html").statusCode()).isEqualTo(200);
        }

        @Test
        void theSupportDeskAndTheBackOfficeAreServedLikeThePortalWithTheSharedModules() throws Exception {
            for (String[] page : new String[][] {{"/support", "/support/app.js"}, {"/operator", "/operator/app.js"}}) {
                HttpResponse<String> html = get(port, page[0]);

                assertThat(html.statusCode()).as(page[0]).isEqualTo(200);
                assertThat(html.headers().firstValue("Content-Security-Policy")).contains(PortalSecurity.CONTENT_SECURITY_POLICY);
                assertThat(html.body()).contains("<script type=\"module\" src=\"" + page[1] + "\">");
                assertThat(get(port, page[1]).statusCode()).isEqualTo(200);
            }
            for (String module : new String[] {"/common/api.js", "/common/shell.js", "/common/i18n.js", "/common/dom.js",
                    "/common/pager.js", "/common/notifications.js", "/common/pages.css"}) {
                assertThat(get(port, module).statusCode()).as(module).isEqualTo(200);
            }
        }

        @Test
        void theApiStillNeedsATokenAndAMissingPortalFileIsTheApisNotFound() throws Exception {
            HttpResponse<String> graphql = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/graphql"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"{ viewer { account { login } } }\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            // asked for as a module loader asks (Accept: */*)
            HttpResponse<String> missing = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                    + "/portal/missing.js")).header("Accept", "*/*").build(), HttpResponse.BodyHandlers.ofString());

            assertThat(graphql.statusCode()).isEqualTo(401);
            assertThat(graphql.headers().firstValue("Content-Security-Policy")).isEmpty();
            assertThat(missing.statusCode()).isEqualTo(404);
            assertThat(missing.body()).contains("\"code\":\"NOT_FOUND\"").doesNotContain("<html");
        }
    }

    @Test
    void theProductionProfileServesThePageButOffersNoDemoAccounts() throws Exception {
        String secret = "a-production-secret-of-at-least-32-bytes!";
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(PartnerBenefitsApplication.class)
                .profiles("prod").run("--server.port=0", "--benefits.embedded-mongo.in-memory=true",
                        "--benefits.security.jwt.allow-hmac=true", "--benefits.security.jwt.hmac-secret=" + secret,
                        "--benefits.global-ids.secret=" + secret, "--benefits.notifications.webhook-secret-key=" + secret)) {
            int port = ((WebServerApplicationContext) context).getWebServer().getPort();

            assertThat(get(port, "/").statusCode()).isEqualTo(200);
            assertThat(get(port, "/portal/app.js").statusCode()).isEqualTo(200);
            assertThat(get(port, "/dev/demo-accounts").statusCode()).isIn(401, 404);
        }
    }

    private static HttpResponse<String> get(int port, String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Accept", "text/html,*/*").build(), HttpResponse.BodyHandlers.ofString());
    }
}
