package com.partnerbenefits.bootstrap.browser.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * What the pages tell and let an admin wire up (SPEC 5.3), in a real browser: a partner's Global Admin adds
 * a webhook endpoint (a refusal next to the URL first; the signing secret shown once), sees it listed, sends
 * it a test delivery (told that nothing answered) and removes it after a confirmation; after raises bring the contract to the low threshold (default 2) the
 * admin sees the unread count in the header, reads the message and marks it read. Each journey has a
 * partner of its own, registered through the API.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "benefits.embedded-mongo.in-memory=true", "benefits.demo.enabled=true"})
class WebhooksAndNotificationsJourneysTest {

    @LocalServerPort
    int port;

    PortalApi api;

    @BeforeEach
    void connect() {
        api = new PortalApi(port);
    }

    @Test
    void anAdminAddsAWebhookEndpointSeesItsSecretOnceTestsAndRemovesIt() throws Exception {
        String admin = api.actionPackPartner().getKey();
        String url = "http://127.0.0.1:9/benefits-hook";
        try (PortalBrowser browser = PortalBrowser.open(port, "en-US")) {
            browser.visit(PortalApi.token(admin));
            browser.waitForText("Webhook endpoints");
            browser.waitForText("No webhook endpoints yet.");

            browser.type("Endpoint URL", "not a url");
            browser.button("Add endpoint").click();
            browser.waitForText("Correct the fields marked below.");
            assertThat(browser.field("Endpoint URL").getDomAttribute("aria-invalid")).isEqualTo("true");

            browser.type("Endpoint URL", url);
            browser.field("Contract ending soon").click(); // only the incident events
            browser.button("Add endpoint").click();
            browser.waitForText("Endpoint " + url + " added.");
            String secret = browser.textOf("#webhook-secret", "Signing secret");
            assertThat(secret).contains("whsec_", "it will not be shown again");
            assertThat(browser.hasButton("Copy Signing secret")).isTrue();
            String listed = browser.textOf("li.webhook", url);
            assertThat(listed).contains("Incidents running low", "No incidents left", "Nothing delivered yet.")
                    .doesNotContain("Contract ending soon");
            browser.screenshot("page-portal-webhooks");

            browser.reload();
            browser.waitForText(url);
            assertThat(browser.pageText()).as("the secret is shown once only").doesNotContain("whsec_");

            browser.button("Send a test delivery to " + url).click(); // nothing listens on port 9
            browser.waitForText("Test delivery to " + url + " not taken: it could not be reached in time");

            browser.button("Remove endpoint " + url).click();
            browser.waitForText("deliveries not yet made are dropped");
            browser.button("Remove").click();
            browser.waitForText("Endpoint " + url + " removed.");
            assertThat(browser.pageText()).contains("No webhook endpoints yet.");
        }
    }

    @Test
    void anAdminIsToldWhenTheIncidentsRunLowAndMarksItRead() throws Exception {
        Map.Entry<String, JsonNode> partner = api.actionPackPartner();
        String raiser = PortalApi.msaToken(PortalApi.newOutsider("low"));
        api.link(raiser, partner.getValue());
        String contractId = partner.getValue().get("id").asString();
        String product = api.productId(raiser, "SQL Server");
        int remaining = 10;
        List<String> raised = new ArrayList<>();
        while (remaining > 2) {
            JsonNode answer = api.raise(raiser, contractId, product, "2022", "Low " + remaining);
            raised.add(answer.at("/incident/id").asString());
            remaining = answer.at("/contract/incidentsRemaining").asInt();
        }
        // the support desk's journeys share this service: its queue must not fill with these
        for (String incident : raised) {
            api.resolve(incident, "SOLVED", "Raised only to reach the threshold.");
        }
        try (PortalBrowser browser = PortalBrowser.open(port, "en-US")) {
            browser.visit(PortalApi.token(partner.getKey()));
            browser.button("Notifications 1 unread").click();
            String list = browser.textOf("#notifications-panel", "support incident(s) remaining");
            assertThat(list).contains("has 2 support incident(s) remaining", "Unread");
            browser.screenshot("page-portal-notifications");

            browser.button("Mark all as read").click();
            browser.waitForText("Marked as read.");
            assertThat(browser.hasButton("Notifications none unread")).isTrue();
            assertThat(browser.textOf("#notifications-panel", "support incident(s) remaining")).contains("Read")
                    .doesNotContain("Unread");
        }
    }
}
