package com.partnerbenefits.bootstrap.browser.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The support desk ({@code GET /support}) in a real browser, found by accessible names: an engineer
 * works an incident from the queue to RESOLVED, in English and in Japanese at phone width; a partner
 * admin who opens it is told it is not for their role. Incidents are raised fresh through the API by
 * new outside accounts linked to Contoso's contract, so journeys do not depend on each other.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "benefits.embedded-mongo.in-memory=true", "benefits.demo.enabled=true"})
class SupportDeskJourneysTest {

    @LocalServerPort
    int port;

    PortalApi api;

    @BeforeEach
    void connect() {
        api = new PortalApi(port);
    }

    @Test
    void anEngineerWorksAnIncidentFromTheQueueToResolvedAsAProductDefectAndSeesTheCountGoBack() throws Exception {
        String title = "Backup job fails " + UUID.randomUUID().toString().substring(0, 6);
        int remainingAfterRaise = raiseOnContoso(title);
        try (PortalBrowser browser = PortalBrowser.open(port, "en-US")) {
            browser.visit("/support", PortalApi.supportToken());
            browser.waitForText("Queue, earliest first response due first");
            untick(browser, "In progress", "Apply filters");
            String item = browser.textOf("li.queue-item", title);
            assertThat(item).contains("Partner", "Contoso Ltd", "Raised by", "Open", "First response", "Severity", "C – minimal impact", "Incidents remaining")
                    .containsAnyOf("Due", "Due soon", "Breached");

            browser.button("Start work on “" + title + "”").click();
            browser.waitForText("Work started on “" + title + "”.");
            assertThat(browser.textOf("li.queue-item", title)).contains("In progress", "Answered");

            browser.button("Resolve “" + title + "”").click();
            browser.button("Resolve incident").click(); // no cause chosen: told next to the field
            browser.waitForText("Choose the cause of the resolution.");
            assertThat(browser.field("Resolution cause").getDomAttribute("aria-invalid")).isEqualTo("true");
            browser.choose("Resolution cause", "Product defect (given back)");
            browser.type("Note for the partner", "Fixed in the next cumulative update.");
            browser.button("Resolve incident").click();

            browser.waitForText("“" + title + "” is resolved: Product defect (given back).");
            browser.waitForText("now has " + (remainingAfterRaise + 1) + " of 20 incidents remaining");
            assertThat(browser.pageText()).doesNotContain("Choose the cause of the resolution.");
            browser.screenshot("page-support");
        }
    }

    @Test
    void inJapaneseAtPhoneWidthTheQueueReadsAndWorksWithoutSidewaysScrolling() throws Exception {
        String title = "ジョブが失敗 " + UUID.randomUUID().toString().substring(0, 6);
        raiseOnContoso(title);
        try (PortalBrowser browser = PortalBrowser.open(port, "ja")) {
            browser.resize(390, 844);
            browser.visit("/support", PortalApi.supportToken());
            browser.waitForText("キュー (初回応答の期限が早い順)");
            untick(browser, "対応中", "フィルターを適用");

            browser.button("「" + title + "」の作業を開始").click();
            browser.waitForText("「" + title + "」の作業を開始しました。");
            assertThat(browser.textOf("li.queue-item", title)).contains("応答済み");
            assertThat(browser.fitsTheWidth()).isTrue();
            browser.screenshot("page-support-ja-390");
        }
    }

    @Test
    void aPartnerAdminOnTheSupportDeskIsToldItIsNotForTheirRole() throws Exception {
        try (PortalBrowser browser = PortalBrowser.open(port, "en-US")) {
            browser.visit("/support", PortalApi.token("admin@contoso.com"));

            browser.waitForText("This page is not for your role");
            assertThat(browser.pageText()).contains("not a support engineer", "Partner portal");
            assertThat(browser.hasButtonStartingWith("Start work")).isFalse();
            browser.screenshot("page-support-not-for-your-role");
        }
    }

    /** Raises a severity C incident on Contoso's product-support contract as a new outside account; the contract's remaining count after it. */
    private int raiseOnContoso(String title) {
        String token = PortalApi.msaToken(PortalApi.newOutsider("desk"));
        JsonNode contract = api.contosoContract("MICROSOFT_PRODUCT_SUPPORT");
        api.link(token, contract);
        return api.raise(token, contract.get("id").asString(), api.productId(token, "SQL Server"), "2022", title)
                .at("/contract/incidentsRemaining").asInt();
    }

    /** Unticks a status filter (other journeys' incidents in progress stay out of the way) and applies the filters. */
    private static void untick(PortalBrowser browser, String status, String apply) {
        if (browser.field(status).isSelected()) {
            browser.field(status).click();
        }
        browser.button(apply).click();
        browser.waitForText(browser.pageText().contains("Queue") ? "Updated" : "に更新");
    }
}
