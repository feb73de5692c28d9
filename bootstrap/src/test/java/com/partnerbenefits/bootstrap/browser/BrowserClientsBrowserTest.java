package com.partnerbenefits.bootstrap.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.partnerbenefits.bootstrap.PartnerBenefitsApplication;
import com.partnerbenefits.bootstrap.security.DevelopmentSecrets;
import com.partnerbenefits.bootstrap.security.TokenCommand;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * SPEC §4.1 in a real browser: a page on another origin reads the API's answers only when that origin
 * is listed in {@code spring.graphql.cors.allowed-origins}; GraphiQL renders with no internet access
 * and runs a query with a demo account's token. Skipped, and says so, where Chromium is not installed.
 */
class BrowserClientsBrowserTest {

    /** A page that POSTs a query with a bearer token (if given) and prints what it could read. */
    private static final String CALLER_PAGE = """
            <!doctype html><html><body><pre id="out">pending</pre><script>
            const params = new URLSearchParams(location.search);
            const headers = {'Content-Type': 'application/json', 'Accept-Language': 'en'};
            if (params.get('token')) { headers['Authorization'] = 'Bearer ' + params.get('token'); }
            fetch(params.get('service') + '/graphql', {method: 'POST', headers: headers,
                body: JSON.stringify({query: '{ viewer { account { login } } }'})})
              .then(response => response.json().then(body => JSON.stringify({status: response.status,
                  login: body.data ? body.data.viewer.account.login : null,
                  code: body.errors ? body.errors[0].extensions.code : null,
                  challenge: response.headers.get('WWW-Authenticate')})))
              .catch(error => 'blocked: ' + error)
              .then(text => { document.getElementById('out').textContent = text; });
            </script></body></html>
            """;

    private static HeadlessChromium chromium;
    private static HttpServer pages;
    private static ConfigurableApplicationContext service;
    private static String serviceUrl;
    private static int pagesPort;

    @BeforeAll
    static void start() throws IOException {
        if (!HeadlessChromium.installed()) {
            return; // each test is then skipped, and says why (below)
        }
        chromium = HeadlessChromium.startOrSkip();
        pages = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        pages.createContext("/", exchange -> {
            byte[] body = CALLER_PAGE.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        pages.start();
        pagesPort = pages.getAddress().getPort();
        // only http://127.0.0.1:<pagesPort> is listed; http://localhost:<pagesPort> is another origin
        service = new SpringApplicationBuilder(PartnerBenefitsApplication.class).run("--server.port=0",
                "--benefits.embedded-mongo.in-memory=true", "--benefits.demo.enabled=true",
                "--spring.graphql.cors.allowed-origins=http://127.0.0.1:" + pagesPort);
        serviceUrl = "http://127.0.0.1:" + ((WebServerApplicationContext) service).getWebServer().getPort();
    }

    @BeforeEach
    void browserInstalled() {
        HeadlessChromium.assumeInstalled();
    }

    @AfterAll
    static void stop() {
        if (chromium != null) {
            chromium.close();
        }
        if (service != null) {
            service.close();
        }
        if (pages != null) {
            pages.stop(0);
        }
    }

    @Test
    void aPageOnAListedOriginReadsTheAnswerAndTheReasonForA401() {
        String token = TokenCommand.sign(DevelopmentSecrets.JWT_HMAC_SECRET, "browser@example.test", "AAD", false,
                Duration.ofMinutes(10));

        String answer = callFrom("http://127.0.0.1:" + pagesPort, token);
        String refusal = callFrom("http://127.0.0.1:" + pagesPort, null);
        chromium.screenshot("cors-listed-origin");

        assertThat(answer).contains("\"status\":200", "\"login\":\"browser@example.test\"");
        assertThat(refusal).contains("\"status\":401", "\"code\":\"UNAUTHENTICATED\"", "\"challenge\":\"Bearer");
    }

    @Test
    void aPageOnAnOriginThatIsNotListedIsBlocked() {
        String token = TokenCommand.sign(DevelopmentSecrets.JWT_HMAC_SECRET, "browser@example.test", "AAD", false,
                Duration.ofMinutes(10));

        String answer = callFrom("http://localhost:" + pagesPort, token);
        chromium.screenshot("cors-unlisted-origin");

        assertThat(answer).startsWith("blocked:");
        assertThat(chromium.consoleErrors()).anySatisfy(error -> assertThat(error).contains("blocked by CORS policy"));
    }

    @Test
    void graphiqlRendersOfflineAndRunsAQueryWithADemoAccountsToken() {
        chromium.consoleErrors(); // read and forget what earlier pages logged
        chromium.driver().get(serviceUrl + "/graphiql");
        chromium.await(driver -> driver.findElement(By.cssSelector(".graphiql-container")));
        WebElement picker = chromium.await(driver -> {
            WebElement label = driver.findElement(By.id("demo-picker"));
            return label.isDisplayed() ? label : null;
        });
        String opened = chromium.driver().findElement(By.cssSelector(".graphiql-container")).getText();

        Select accounts = new Select(picker.findElement(By.id("demo-account")));
        accounts.getOptions().stream().filter(option -> option.getText().startsWith("admin@contoso.com"))
                .findFirst().orElseThrow().click();
        chromium.await(driver -> driver.findElement(By.cssSelector(".graphiql-execute-button"))).click();
        String result = chromium.await(driver -> {
            String text = driver.findElement(By.cssSelector(".graphiql-response")).getText();
            return text.contains("admin@contoso.com") ? text : null;
        });
        chromium.screenshot("graphiql-query-with-token");

        assertThat(result).contains("Contoso Ltd");
        assertThat(opened).as("it opens on its welcome, not on an error").doesNotContain("UNAUTHENTICATED");
        assertThat(chromium.consoleErrors()).as("nothing failed to load, no policy violation, no request without a token")
                .noneMatch(error -> error.contains("Content Security Policy") || error.contains("net::ERR_")
                        || error.contains("status of 404") || error.contains("status of 401"));
        assertThat(storedWithToken("localStorage")).as("the token is not kept beyond the tab").isZero();
        assertThat(storedWithToken("sessionStorage")).as("it is kept for the tab").isPositive();
    }

    /** How many entries of a browser store hold a bearer token. */
    private static long storedWithToken(String store) {
        Object count = ((org.openqa.selenium.JavascriptExecutor) chromium.driver()).executeScript("return Object.keys("
                + store + ").filter(key => String(" + store + ".getItem(key)).includes('Bearer ')).length;");
        return ((Number) count).longValue();
    }

    private static String callFrom(String origin, String token) {
        chromium.consoleErrors(); // read and forget what earlier pages logged
        String url = origin + "/?service=" + serviceUrl + (token == null ? "" : "&token=" + token);
        chromium.driver().get(url);
        return chromium.await(driver -> {
            String text = driver.findElement(By.id("out")).getText();
            return text.equals("pending") ? null : text;
        });
    }
}
