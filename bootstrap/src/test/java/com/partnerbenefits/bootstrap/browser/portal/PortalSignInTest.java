package com.partnerbenefits.bootstrap.browser.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.partnerbenefits.bootstrap.PartnerBenefitsApplication;
import com.partnerbenefits.bootstrap.browser.HeadlessChromium;
import com.partnerbenefits.bootstrap.browser.portal.oidc.TestOidcProvider;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.util.TestSocketUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The pages sign in with a real OpenID Connect provider started here (Spring Authorization Server, {@link
 * TestOidcProvider}), in real Chromium: two instances of the service share one store, so either serves the session.
 * The provider runs on {@code localhost}, the service on {@code 127.0.0.1} (another site, as in production).
 */
class PortalSignInTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String VIEWER = "{ viewer { account { login kind } linkedContracts { id } } }";
    private static final String LINK = "mutation($a: String!, $c: String!) { linkSupportContract(input: "
            + "{accessId: $a, contractId: $c}) { outcome userErrors { code } } }";

    static int providerPort;
    static int firstPort;
    static int secondPort;
    static ConfigurableApplicationContext provider;
    static ConfigurableApplicationContext first;
    static ConfigurableApplicationContext second;

    @BeforeAll
    static void start() {
        HeadlessChromium.assumeInstalled();
        providerPort = TestSocketUtils.findAvailableTcpPort();
        firstPort = TestSocketUtils.findAvailableTcpPort();
        secondPort = TestSocketUtils.findAvailableTcpPort();
        provider = TestOidcProvider.start(providerPort, firstPort, secondPort);
        first = service(null, "--server.port=" + firstPort, "--benefits.embedded-mongo.in-memory=true",
                "--benefits.demo.enabled=true");
        second = service(null, "--server.port=" + secondPort, "--benefits.demo.enabled=false",
                "--spring.mongodb.uri=" + first.getBean(MongoConnectionDetails.class).getConnectionString());
    }

    @AfterAll
    static void stop() {
        Stream.of(second, first, provider).filter(c -> c != null).forEach(ConfigurableApplicationContext::close);
    }

    @Test
    void signsInAtTheProviderWorksThroughTheSessionOnEitherInstanceAndSignsOutOfBoth() throws Exception {
        try (PortalBrowser browser = PortalBrowser.open(firstPort, "en-US")) {
            signIn(browser, "admin@fabrikam.com", "oidc-provider-sign-in");

            signedIn(browser, "admin@fabrikam.com");
            browser.waitForText("Fabrikam Inc");
            assertThat(browser.currentUrl()).isEqualTo(browser.base() + "/");
            Cookie session = browser.driver().manage().getCookieNamed("SESSION");
            assertThat(session.isHttpOnly()).as("the page's scripts cannot read the session").isTrue();
            assertThat(session.getSameSite()).isEqualTo("Lax");
            assertThat(browser.script("return document.cookie")).asString().doesNotContain("SESSION");
            assertThat(browser.script("return sessionStorage.getItem('partner-benefits.token')"))
                    .as("no token in the browser").isNull();
            browser.screenshot("oidc-signed-in");

            browser.button("Activate Microsoft Product Support").click();
            browser.waitForText("Activated.");
            String benefit = browser.textOf("li.benefit", "Activated.");
            browser.type("Access ID", benefit.lines().dropWhile(l -> !l.equals("Access ID")).skip(1).findFirst().orElseThrow());
            browser.type("Contract ID", benefit.lines().dropWhile(l -> !l.equals("Contract ID")).skip(1).findFirst().orElseThrow());
            browser.button("Link support benefits").click();
            browser.waitForText("now linked to your account");
            browser.choose("Product", "SQL Server");
            browser.choose("Version", "2022");
            browser.button("Show support plans").click();
            browser.type("Title", "Raised through the session");
            browser.type("Description", "Signed in with the organisation's provider.");
            browser.button("Create support request").click();
            browser.waitForText("Support request “Raised through the session” was created.");

            // the other instance: the same cookie (cookies ignore the port), the session from the shared store
            browser.driver().get("http://127.0.0.1:" + secondPort + "/");
            browser.waitForText("Signed in as admin@fabrikam.com");
            browser.waitForText("Raised through the session");
            browser.screenshot("oidc-second-instance");
            Map<String, String> cookies = cookies(browser);
            assertThat(session(firstPort, cookies, true, VIEWER, Map.of()).statusCode()).isEqualTo(200);

            browser.button("Sign out").click();

            // signed out at the provider too (RP-initiated logout), and back on the page
            browser.eventually("back on the page after signing out", () -> Optional.of(browser.currentUrl())
                    .filter(url -> url.equals("http://127.0.0.1:" + secondPort + "/")));
            browser.button("Sign in with your organisation");
            for (int port : new int[] {firstPort, secondPort}) {
                assertThat(session(port, cookies, true, VIEWER, Map.of()).statusCode())
                        .as("the old session on port %d", port).isEqualTo(401);
            }
            browser.button("Sign in with your organisation").click();
            browser.eventually("the provider asking for the password again", () -> Optional.of(browser.currentUrl())
                    .filter(url -> url.startsWith(TestOidcProvider.issuer(providerPort) + "/login")));
        }
    }

    @Test
    void withTheSessionCookieButWithoutTheCsrfTokenAMutationIsRefused() throws Exception {
        JsonNode contract = new PortalApi(firstPort).contosoContract("SIGNATURE_CLOUD_SUPPORT");
        Map<String, Object> pair = Map.of("a", contract.get("accessId").asString(), "c", contract.get("contractId").asString());
        try (PortalBrowser browser = PortalBrowser.open(firstPort, "en-US")) {
            signIn(browser, "someone@outlook.com", null);
            signedIn(browser, "someone@outlook.com");
            Map<String, String> cookies = cookies(browser);

            HttpResponse<String> withoutToken = session(firstPort, cookies, false, LINK, pair);
            HttpResponse<String> viewer = session(firstPort, cookies, true, VIEWER, Map.of());
            assertThat(viewer.statusCode()).as("%s with %s", viewer.body(), cookies.keySet()).isEqualTo(200);
            JsonNode before = JSON.readTree(viewer.body());
            HttpResponse<String> withToken = session(firstPort, cookies, true, LINK, pair);

            assertThat(withoutToken.statusCode()).isEqualTo(403);
            assertThat(JSON.readTree(withoutToken.body()).at("/errors/0/extensions/code").asString()).isEqualTo("NOT_AUTHORIZED");
            assertThat(before.at("/data/viewer/account/kind").asString()).as("the consumer tenant's tid").isEqualTo("MSA");
            assertThat(before.at("/data/viewer/linkedContracts").valueStream().map(c -> c.get("id").asString()))
                    .doesNotContain(contract.get("id").asString());
            assertThat(JSON.readTree(withToken.body()).at("/data/linkSupportContract/outcome").asString())
                    .as("the same mutation with the CSRF token runs").isEqualTo("LINKED");
        }
    }

    @Test
    void aPageOnAnotherSiteCannotUseTheSessionCookie() throws Exception {
        JsonNode contract = new PortalApi(firstPort).contosoContract("SIGNATURE_CLOUD_SUPPORT");
        HttpServer attacker = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        String page = attackerPage(contract);
        attacker.createContext("/", exchange -> {
            byte[] body = page.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        attacker.start();
        try (PortalBrowser browser = PortalBrowser.open(firstPort, "en-US")) {
            signIn(browser, "owner@adatum.com", null);
            signedIn(browser, "owner@adatum.com");
            Map<String, String> cookies = cookies(browser);

            browser.driver().get("http://localhost:" + attacker.getAddress().getPort() + "/");
            String outcome = browser.eventually("the other site's attempts", () -> Optional.of(browser.driver().getTitle())
                    .filter(title -> title.startsWith("done")));
            // and a plain form posted across sites
            browser.driver().findElement(By.id("post")).submit();
            browser.eventually("the form's answer", () -> Optional.of(browser.currentUrl()).filter(u -> u.contains("/graphql")));

            JsonNode viewer = JSON.readTree(session(firstPort, cookies, true, VIEWER, Map.of()).body());
            assertThat(outcome).contains("cors:blocked");
            assertThat(viewer.at("/data/viewer/account/kind").asString()).as("another tenant's tid").isEqualTo("AAD");
            assertThat(viewer.at("/data/viewer/linkedContracts").valueStream().map(c -> c.get("id").asString()))
                    .as("nothing was linked from the other site").doesNotContain(contract.get("id").asString());
        } finally {
            attacker.stop(0);
        }
    }

    @Test
    void underProdTheSessionCookieIsSecureAndHttpOnlyAndTheFragmentHandOverIsOff() throws Exception {
        String secret = "a-production-secret-of-at-least-32-bytes!";
        try (ConfigurableApplicationContext prod = service("prod", "--server.port=0",
                "--benefits.embedded-mongo.in-memory=true", "--benefits.security.jwt.allow-hmac=true",
                "--benefits.security.jwt.hmac-secret=" + secret, "--benefits.global-ids.secret=" + secret,
                "--benefits.notifications.webhook-secret-key=" + secret)) {
            int port = ((WebServerApplicationContext) prod).getWebServer().getPort();
            HttpResponse<String> start = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + "/oauth2/authorization/portal")).build(),
                    HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> state = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + "/auth/session")).build(), HttpResponse.BodyHandlers.ofString());

            assertThat(start.statusCode()).isEqualTo(302);
            assertThat(start.headers().firstValue("Location").orElseThrow())
                    .startsWith(TestOidcProvider.issuer(providerPort) + "/oauth2/authorize")
                    .contains("code_challenge=", "code_challenge_method=S256", "nonce=", "state=");
            assertThat(start.headers().allValues("Set-Cookie")).filteredOn(c -> c.startsWith("SESSION="))
                    .singleElement().asString().contains("Secure", "HttpOnly", "SameSite=Lax");
            assertThat(JSON.readTree(state.body()).get("fragmentSignIn").asBoolean()).isFalse();

            try (PortalBrowser browser = PortalBrowser.open(port, "en-US")) {
                browser.visit(com.partnerbenefits.bootstrap.security.TokenCommand.sign(secret, "admin@contoso.com", "AAD",
                        false, java.time.Duration.ofMinutes(5)));
                browser.button("Sign in with your organisation");
                assertThat(browser.currentUrl()).doesNotContain("access_token");
                assertThat(browser.pageText()).doesNotContain("Signed in as").doesNotContain("Access token");
            }
        }
    }

    @Test
    void aProviderThatIsDownAtStartupStopsNeitherTheStartNorBearerTokensAndThePageSaysSignInIsUnavailable()
            throws Exception {
        int nobody = TestSocketUtils.findAvailableTcpPort();
        try (ConfigurableApplicationContext service = new SpringApplicationBuilder(PartnerBenefitsApplication.class).run(
                Stream.concat(Stream.of("--server.port=0", "--benefits.embedded-mongo.in-memory=true",
                        "--benefits.demo.enabled=false"), TestOidcProvider.clientSettings(nobody).stream()).toArray(String[]::new))) {
            int port = ((WebServerApplicationContext) service).getWebServer().getPort();

            JsonNode viewer = new PortalApi(port).post(PortalApi.token("admin@contoso.com"), VIEWER, Map.of());
            assertThat(viewer.at("/data/viewer/account/login").asString()).isEqualTo("admin@contoso.com");
            try (PortalBrowser browser = PortalBrowser.open(port, "en-US")) {
                browser.visit(null);
                browser.waitForText("Sign-in is unavailable right now");
                assertThat(browser.hasButton("Sign in with your organisation")).isFalse();
            }
        }
    }

    // ---------- helpers ----------

    /** Opens the page, goes to the provider, signs in there with the password; {@code shot} names its screenshot. */
    private static void signIn(PortalBrowser browser, String login, String shot) throws IOException {
        browser.visit(null);
        // the page may render again under the click (its demo accounts arrive): click until the provider answers
        browser.eventually("the provider's sign-in page", () -> {
            if (browser.currentUrl().startsWith(browser.base())) {
                browser.button("Sign in with your organisation").click();
            }
            return browser.driver().findElements(By.id("username")).stream().findFirst();
        });
        assertThat(browser.currentUrl()).startsWith(TestOidcProvider.issuer(providerPort));
        browser.driver().findElement(By.id("username")).sendKeys(login);
        browser.driver().findElement(By.id("password")).sendKeys(TestOidcProvider.PASSWORD);
        if (shot != null) {
            browser.screenshot(shot);
        }
        browser.driver().findElement(By.cssSelector("button[type=submit]")).click();
    }

    /** Waits for the page signed in as {@code login}; if it never is, says what the page's requests were answered. */
    private static void signedIn(PortalBrowser browser, String login) {
        try {
            browser.waitForText("Signed in as " + login);
        } catch (AssertionError notSignedIn) {
            List<String> answers = browser.driver().manage().logs().get(org.openqa.selenium.logging.LogType.PERFORMANCE)
                    .getAll().stream().map(e -> JSON.readTree(e.getMessage()).path("message"))
                    .filter(m -> "Network.responseReceived".equals(m.path("method").asString()))
                    .map(m -> m.at("/params/response/status").asInt() + " " + m.at("/params/response/url").asString())
                    .toList();
            throw new AssertionError(notSignedIn.getMessage() + "\nAnswers: " + answers, notSignedIn);
        }
    }

    private static Map<String, String> cookies(PortalBrowser browser) {
        return browser.driver().manage().getCookies().stream().collect(Collectors.toMap(Cookie::getName, Cookie::getValue));
    }

    /** POST /graphql as the page does: the cookies, and the CSRF token in its header unless {@code csrf} is false. */
    private static HttpResponse<String> session(int port, Map<String, String> cookies, boolean csrf, String query,
            Map<String, Object> variables) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/graphql"))
                .header("Content-Type", "application/json")
                .header("Cookie", cookies.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue())
                        .collect(Collectors.joining("; ")))
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("query", query, "variables", variables))));
        if (csrf) {
            request.header("X-XSRF-TOKEN", cookies.getOrDefault("XSRF-TOKEN", ""));
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A page on another site that tries the signed-in user's cookie: a CORS fetch, a no-cors fetch, then a form. */
    private static String attackerPage(JsonNode contract) {
        String target = "http://127.0.0.1:" + firstPort + "/graphql";
        String body = JSON.writeValueAsString(Map.of("query", LINK, "variables", Map.of(
                "a", contract.get("accessId").asString(), "c", contract.get("contractId").asString())));
        String jsBody = JSON.writeValueAsString(body);
        return """
                <!doctype html><html><head><title>waiting</title></head><body>
                <form id="post" method="post" enctype="text/plain" action="%1$s"><input type="hidden" name='%3$s' value=''></form>
                <script>
                const results = [];
                (async () => {
                  try {
                    const r = await fetch('%1$s', { method: 'POST', credentials: 'include',
                      headers: { 'Content-Type': 'application/json' }, body: %2$s });
                    results.push('cors:' + r.status);
                  } catch (e) { results.push('cors:blocked'); }
                  try {
                    await fetch('%1$s', { method: 'POST', mode: 'no-cors', credentials: 'include', body: %2$s });
                    results.push('no-cors:sent');
                  } catch (e) { results.push('no-cors:blocked'); }
                  document.title = 'done ' + results.join(' ');
                })();
                </script></body></html>
                """.formatted(target, jsBody, body.replace("'", "&#39;"));
    }

    /** The service with the provider's client settings; {@code profile} null for development. */
    private static ConfigurableApplicationContext service(String profile, String... settings) {
        SpringApplicationBuilder builder = new SpringApplicationBuilder(PartnerBenefitsApplication.class);
        if (profile != null) {
            builder.profiles(profile);
        }
        List<String> args = Stream.concat(TestOidcProvider.clientSettings(providerPort).stream(), Stream.of(settings)).toList();
        return builder.run(args.toArray(String[]::new));
    }
}
