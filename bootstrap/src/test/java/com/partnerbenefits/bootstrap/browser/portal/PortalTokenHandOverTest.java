package com.partnerbenefits.bootstrap.browser.portal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The {@code #access_token=} hand-over (development): issue 22's defects 13 and 14. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "benefits.embedded-mongo.in-memory=true", "benefits.demo.enabled=true"})
class PortalTokenHandOverTest {

    @LocalServerPort
    int port;

    @Test
    void aTokenThatCannotBeSentLeadsBackToSignInInsteadOfRetryingIt() throws Exception {
        try (PortalBrowser browser = PortalBrowser.open(port, "en-US")) {
            browser.visit("abc%0Adef"); // a line break: no request can carry it

            browser.waitForText("Your sign-in was not accepted. Sign in again.");
            browser.field("Access token");
            assertThat(browser.hasButton("Try again")).isFalse();

            browser.visit("a".repeat(9 * 1024)); // larger than any request header the service takes
            browser.waitForText("Your sign-in was not accepted. Sign in again.");
            browser.field("Access token");
            assertThat(browser.hasButton("Try again")).isFalse();
            browser.screenshot("unusable-token-back-to-sign-in");
        }
    }

    @Test
    void aTokenHandedOverToAnOpenTabClearsWhatThePreviousAccountSawAndTyped() throws Exception {
        PortalApi api = new PortalApi(port);
        String previous = PortalApi.newOutsider("previous");
        String next = PortalApi.newOutsider("next");
        JsonNode contract = api.contosoContract("MICROSOFT_PRODUCT_SUPPORT");
        api.link(PortalApi.msaToken(previous), contract);
        try (PortalBrowser browser = PortalBrowser.open(port, "en-US")) {
            browser.visit(PortalApi.msaToken(previous));
            browser.waitForText("Signed in as " + previous);
            browser.choose("Product", "SQL Server");
            browser.choose("Version", "2022");
            browser.button("Show support plans").click();
            browser.textOf("li.plan", "Contoso Ltd"); // plans name the partner; credentials only where answered
            browser.type("Access ID", "typed-by-the-previous-account");
            browser.type("Contract ID", "ZZZZ-ZZZZ");
            browser.button("Link support benefits").click();
            browser.eventually("the link's refusal", () -> java.util.Optional.ofNullable(
                    browser.script("return document.querySelector('#link-notice.error')")));

            browser.script("location.hash = arguments[0]", "#access_token=" + PortalApi.msaToken(next));

            browser.waitForText("Signed in as " + next);
            assertThat(browser.pageText()).doesNotContain("Contoso Ltd").doesNotContain(previous);
            assertThat(browser.field("Access ID").getDomProperty("value")).isEmpty();
            assertThat(browser.field("Contract ID").getDomProperty("value")).isEmpty();
            assertThat(browser.script("return document.querySelectorAll('li.plan, .notice.error, .notice.ok').length"))
                    .isEqualTo(0L);
            browser.screenshot("hand-over-clears-the-page");
        }
    }
}
