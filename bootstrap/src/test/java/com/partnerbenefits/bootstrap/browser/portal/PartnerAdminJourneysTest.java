package com.partnerbenefits.bootstrap.browser.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * What the partner page (/) adds this round, in a real browser: a Global Admin's controls of a contract
 * (linked accounts with Unlink, Rotate credentials after a confirmation naming the old pair, the history
 * and the chart of incidents per month), in Japanese; and what a raiser sees of a request (its number,
 * first-response due time, resolution cause and note), Withdraw asking first, the CSV download and an
 * old error notice cleared by a later success, at phone width.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "benefits.embedded-mongo.in-memory=true", "benefits.demo.enabled=true"})
class PartnerAdminJourneysTest {

    private static final String PRODUCT_SUPPORT = "MICROSOFT_PRODUCT_SUPPORT";

    @LocalServerPort
    int port;

    PortalApi api;

    @BeforeEach
    void connect() {
        api = new PortalApi(port);
    }

    @Test
    void anAdminUnlinksAnAccountRotatesTheCredentialsAndReadsTheHistoryAndTheChartInJapanese() throws Exception {
        String outsider = PortalApi.newOutsider("departed");
        String token = PortalApi.msaToken(outsider);
        JsonNode before = api.contosoContract(PRODUCT_SUPPORT);
        api.link(token, before);
        api.raise(token, before.get("id").asString(), api.productId(token, "SQL Server"), "2022", "チャート用");
        String kind = "マイクロソフト製品サポート";
        try (PortalBrowser browser = PortalBrowser.open(port, "ja")) {
            browser.visit(PortalApi.token("admin@contoso.com"));
            browser.waitForText("技術関連の特典");

            browser.button(kind + " のリンクされたアカウント、履歴、グラフ").click();
            browser.waitForText("月別のインシデント作成数");
            browser.button(outsider + " のリンクを解除").click();
            browser.waitForText(outsider + " はこの契約を表示したり、インシデントを作成したりできなくなります。");
            browser.button("リンク解除").click();
            browser.waitForText(outsider + " のリンクを解除しました。");

            browser.button(kind + " の資格情報を再発行").click();
            String dialog = browser.textOf("dialog", "古い組み合わせ");
            assertThat(dialog).contains(before.get("accessId").asString(), before.get("contractId").asString(), "直ちに無効");
            browser.screenshot("page-portal-rotate-confirmation");
            browser.button("資格情報を再発行").click();
            browser.waitForText("新しいアクセス ID とコントラクト ID を発行しました。");

            JsonNode after = api.contosoContract(PRODUCT_SUPPORT);
            assertThat(after.get("accessId").asString()).isNotEqualTo(before.get("accessId").asString());
            assertThat(browser.pageText()).contains(after.get("accessId").asString()).doesNotContain(before.get("accessId").asString());
            String stranger = PortalApi.msaToken(PortalApi.newOutsider("stranger"));
            assertThat(api.linkOutcome(stranger, before.get("accessId").asString(), before.get("contractId").asString()))
                    .isEqualTo("INVALID_CONTRACT_CREDENTIALS");

            String history = browser.textOf("table", "資格情報を再発行");
            assertThat(history).contains("資格情報を再発行", outsider + " のリンクを解除", "admin@contoso.com");
            assertThat(browser.driver().findElements(By.cssSelector("svg[role=img] rect.bar"))).isNotEmpty();
            String figures = browser.textOf("table.figures", "作成されたインシデント");
            assertThat(figures).contains("作成されたインシデント").containsPattern("\\d");
            browser.screenshot("page-portal-admin-ja");
        }
    }

    @Test
    void aRaiserSeesTheRequestNumberDueTimeCauseAndNoteAtPhoneWidth() throws Exception {
        String outsider = PortalApi.newOutsider("raiser");
        String token = PortalApi.msaToken(outsider);
        JsonNode contract = api.contosoContract(PRODUCT_SUPPORT);
        api.link(token, contract);
        String product = api.productId(token, "SQL Server");
        String title = "Log shipping stalls " + UUID.randomUUID().toString().substring(0, 4);
        String incidentId = api.raise(token, contract.get("id").asString(), product, "2022", title).at("/incident/id").asString();
        api.resolve(incidentId, "SOLVED", "Restarted the agent; see KB 123.");
        try (PortalBrowser browser = PortalBrowser.open(port, "en-US")) {
            browser.resize(390, 844);
            browser.visit(token);

            String incident = browser.textOf("li.incident", title);
            assertThat(incident).contains("Request number", incidentId, "First response due", "Resolved", "Resolution cause", "Solved",
                    "Note from support", "Restarted the agent; see KB 123.");
            assertThat(browser.hasButton("Copy Request number")).isTrue();
            // an account outside the partner never reads the contract's credentials (SPEC 5.1), so nothing to copy
            assertThat(browser.hasButton("Copy Contract ID")).isFalse();

            // an old error notice goes once something later succeeds
            browser.type("Access ID", "not-an-access-id");
            browser.type("Contract ID", "NOPE-NOPE");
            browser.button("Link support benefits").click();
            browser.eventually("the link's error notice",
                    () -> browser.driver().findElements(By.cssSelector("#link-notice.error")).stream().findFirst());
            browser.button("Show support plans").click();
            browser.waitForText("Support plans you can use");
            assertThat(browser.driver().findElements(By.cssSelector("#link-notice.error"))).isEmpty();

            browser.button("Download as CSV").click();
            browser.waitForText("CSV file saved, one row per support request (1).");
            assertThat(browser.fitsTheWidth()).isTrue();
            browser.screenshot("page-portal-raiser-390");
        }
    }
}
