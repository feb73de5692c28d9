package com.partnerbenefits.bootstrap.browser.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The partner portal in a real browser, one journey per test, over the whole service with the demo
 * world (in memory, random port). Each journey starts a fresh browser and keeps a screenshot under
 * target/screenshots/. Accounts that link or raise are new each time, so journeys do not depend on
 * each other's order; numbers are read from the page before and after.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "benefits.embedded-mongo.in-memory=true", "benefits.demo.enabled=true"})
class PortalJourneysTest {

    private static final String PRODUCT_SUPPORT = "MICROSOFT_PRODUCT_SUPPORT";
    private static final String CLOUD_SUPPORT = "SIGNATURE_CLOUD_SUPPORT";

    @LocalServerPort
    int port;

    PortalApi api;

    @BeforeEach
    void connect() {
        api = new PortalApi(port);
    }

    /** The demo partner whose plans the outsiders link; outside it a plan shows by its partner, not its Contract ID. */
    private static final String CONTOSO = "Contoso Ltd";

    @Test
    void signsInByTheFragmentKeepsTheSessionForTheTabAndSignsOut() throws Exception {
        try (PortalBrowser browser = PortalBrowser.open(port, "en-US")) {
            browser.visit(PortalApi.token("admin@contoso.com"));

            browser.waitForText("Signed in as admin@contoso.com");
            assertThat(browser.currentUrl()).isEqualTo(browser.base() + "/").doesNotContain("access_token");
            browser.reload();
            browser.waitForText("Signed in as admin@contoso.com");
            browser.waitForText("Technical benefits");
            browser.screenshot("sign-in-by-fragment");

            browser.button("Sign out").click();
            browser.waitForText("You have signed out.");
            browser.field("Access token");
            browser.button("Sign in as admin@northwind.com").click();
            browser.waitForText("Signed in as admin@northwind.com");
            assertThat(browser.pageText()).contains("Northwind Traders");
        }
    }

    @Test
    void anExpiredTokenBringsTheUserBackToSignInWithAMessage() throws Exception {
        try (PortalBrowser browser = PortalBrowser.open(port, "en-US")) {
            browser.visit(PortalApi.expiredToken("admin@contoso.com"));

            browser.waitForText("Your session has expired. Sign in again.");
            browser.field("Access token");
            browser.button("Sign in");
            browser.screenshot("expired-token");

            browser.type("Access token", "not-a-token");
            browser.button("Sign in").click();
            browser.waitForText("Your sign-in was not accepted. Sign in again.");
        }
    }

    @Test
    void aGlobalAdminActivatesABenefitAndSeesTheAccessIdAndContractId() throws Exception {
        try (PortalBrowser browser = PortalBrowser.open(port, "en-US")) {
            browser.visit(PortalApi.token("admin@fabrikam.com"));
            browser.waitForText("Fabrikam Inc");

            browser.button("Activate Microsoft Product Support").click();

            browser.waitForText("Activated.");
            String benefit = browser.textOf("li.benefit", "Microsoft Product Support");
            assertThat(benefit).contains("Access ID", "Contract ID", "Incidents remaining", "15 / 15")
                    .containsPattern("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}")
                    .containsPattern("[0-9A-Z]{4}-[0-9A-Z]{4}");
            assertThat(browser.hasButton("Activate Microsoft Product Support")).isFalse();
            browser.screenshot("activate-and-see-the-ids");
        }
    }

    @Test
    void aMemberWithoutTheActivationRoleSeesNoActivateButton() throws Exception {
        String agent = "agent-" + PortalApi.newOutsider("mpn").replace("@outlook.com", "@northwind.com");
        api.registerAccount(agent, api.partnerIdOf("admin@northwind.com"), List.of("ADMIN_AGENT"), List.of("MPN"));
        try (PortalBrowser browser = PortalBrowser.open(port, "en-US")) {
            browser.visit(PortalApi.token(agent));

            browser.waitForText("Northwind Traders");
            browser.waitForText("Microsoft Product Support");
            assertThat(browser.pageText()).contains("requires the Global Admin or MPN Partner Admin roles");
            assertThat(browser.hasButtonStartingWith("Activate")).isFalse();
            browser.screenshot("member-without-the-role");
        }
    }

    @Test
    void aCspOnlyAccountGetsTheApisNotAuthorizedMessage() throws Exception {
        try (PortalBrowser browser = PortalBrowser.open(port, "en-US")) {
            browser.visit(PortalApi.token("agent@contoso.com"));

            browser.waitForText("You are not authorized for this action.");
            assertThat(browser.hasButtonStartingWith("Activate")).isFalse();
            assertThat(browser.pageText()).doesNotContain("Your account belongs to no partner");
            assertThat(browser.script("return document.querySelectorAll('li.benefit').length")).isEqualTo(0L);
            browser.screenshot("csp-only-not-authorized");
        }
    }

    @Test
    void anOutsiderLinksSupportBenefitsAndLinkingAgainSaysItIsAlreadyLinked() throws Exception {
        JsonNode contract = api.contosoContract(PRODUCT_SUPPORT);
        String outsider = PortalApi.newOutsider("linker"); // the demo's someone@outlook.com comes linked already
        try (PortalBrowser browser = PortalBrowser.open(port, "en-US")) {
            browser.visit(PortalApi.msaToken(outsider));
            browser.waitForText("Signed in as " + outsider);

            browser.type("Access ID", contract.get("accessId").asString());
            browser.type("Contract ID", contract.get("contractId").asString());
            browser.button("Link support benefits").click();
            browser.waitForText("now linked to your account");
            // outside Contoso the plan shows by its kind, partner and dates, never its credentials (SPEC 5.1)
            assertThat(browser.textOf("li.contract", "Contoso Ltd"))
                    .contains("Microsoft Product Support", "Incidents remaining", "Start date")
                    .doesNotContain(contract.get("contractId").asString(), contract.get("accessId").asString());

            // again, by keyboard only: type into the labelled fields, press Enter to submit
            browser.type("Access ID", contract.get("accessId").asString());
            browser.field("Contract ID").sendKeys(contract.get("contractId").asString(), Keys.ENTER);
            String page = browser.waitForText("has been linked to your account since");
            assertThat(page).doesNotContainIgnoringCase("already associated");
            browser.screenshot("outsider-links-twice");
        }
    }

    @Test
    void thePlanPickerHidesUnavailablePlansWithTheirReasonsBehindTheArticlesQuestion() throws Exception {
        String outsider = PortalApi.newOutsider("picker");
        String token = PortalApi.msaToken(outsider);
        JsonNode productSupport = api.contosoContract(PRODUCT_SUPPORT);
        api.link(token, productSupport);
        api.link(token, api.contosoContract(CLOUD_SUPPORT));
        try (PortalBrowser browser = PortalBrowser.open(port, "en-US")) {
            browser.visit(token);
            browser.choose("Product", "SQL Server");
            browser.choose("Version", "2022");
            browser.button("Show support plans").click();

            WebElement available = browser.field("Microsoft Product Support – Contoso Ltd");
            assertThat(available.isSelected()).isTrue();
            WebElement question = browser.disclosure("Would you like to see unavailable support plans?");
            String kindReason = "This contract does not cover this kind of product";
            assertThat(browser.pageText()).doesNotContain(kindReason);
            question.click();
            browser.waitForText(kindReason);

            browser.choose("Version", "2016 (not supported)");
            browser.button("Show support plans").click();
            browser.waitForText("None of your support plans covers this product version.");
            browser.waitForText("Version 2016 of SQL Server is no longer supported");
            browser.screenshot("plan-picker-unavailable-plans");
        }
    }

    /** SPEC 5.5: with no plan usable, the paid plans to buy show under the unavailable plans, in every language. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            en-US | Product | Version | Show support plans        | 2016 (not supported) | You need to purchase a new support plan     | Pay-per-incident support
            ja-JP | 製品    | バージョン | サポート プランを表示 | 2016 (サポート対象外) | 新しいサポート プランを購入する必要があります | インシデント単位のサポート
            pt-BR | Produto | Versão  | Mostrar planos de suporte | 2016 (sem suporte)   | Você precisa comprar um novo plano de suporte | Suporte por incidente
            """)
    void theWayForwardShowsUnderTheUnavailablePlansWhenNoPlanCanBeUsed(String language, String product, String version,
            String show, String tooOld, String purchase, String payPerIncident) throws Exception {
        String outsider = PortalApi.newOutsider("forward");
        String token = PortalApi.msaToken(outsider);
        api.link(token, api.contosoContract(PRODUCT_SUPPORT));
        try (PortalBrowser browser = PortalBrowser.open(port, language)) {
            browser.visit(token);
            browser.choose(product, "SQL Server");
            browser.choose(version, tooOld);
            browser.button(show).click();
            browser.waitForText(purchase);
            browser.waitForText(payPerIncident);
            browser.screenshot("way-forward-" + language);
        }
    }

    /** SPEC 5.5: a membership's advisory hours, a request that reserves them at once, and the list with Withdraw, in every language. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            en-US | Technical Presales and Deployment services (TPD)   | 10 of 10 hours remaining | Topic    | Hours | Request advice      | 7 of 10 hours remaining | Show advisory requests               | Withdraw
            ja-JP | テクニカル プリセールスおよびデプロイ サービス (TPD) | 残り 10 時間 (合計 10 時間) | トピック | 時間  | アドバイスを要求     | 残り 7 時間 (合計 10 時間) | アドバイザリ要求を表示                 | 取り下げ
            pt-BR | Serviços técnicos de pré-vendas e implantação (TPD) | 10 de 10 horas restantes | Tópico   | Horas | Solicitar consultoria | 7 de 10 horas restantes | Mostrar solicitações de consultoria | Retirar
            """)
    void thePartnerSeesItsAdvisoryHoursRequestsAdviceAndWithdrawsIt(String language, String title, String full, String topic,
            String hours, String request, String reserved, String show, String withdraw) throws Exception {
        String admin = api.partnerWithAdvisoryHours(10);
        try (PortalBrowser browser = PortalBrowser.open(port, language)) {
            browser.visit(PortalApi.token(admin));
            browser.waitForText(title);
            browser.waitForText(full);
            browser.type(topic, "Landing zone review");
            browser.type(hours, "3");
            browser.button(request).click();
            browser.waitForText(reserved);
            browser.button(show).click();
            browser.waitForText("Landing zone review");
            browser.screenshot("advisory-hours-" + language);
            browser.button(withdraw + ": Landing zone review").click();
            browser.waitForText(full);
        }
    }

    @Test
    void raisingAnIncidentTakesOneFromThePlanEvenWhenClickedTwiceAndRetriedAfterALostAnswer() throws Exception {
        String outsider = PortalApi.newOutsider("raiser");
        String token = PortalApi.msaToken(outsider);
        JsonNode contract = api.contosoContract(PRODUCT_SUPPORT);
        api.link(token, contract);
        try (PortalBrowser browser = PortalBrowser.open(port, "en-US")) {
            browser.visit(token);
            browser.choose("Product", "SQL Server");
            browser.choose("Version", "2022");
            browser.button("Show support plans").click();
            int before = remainingIn(browser.textOf("li.plan", CONTOSO));

            browser.type("Title", "Cluster fails over at night");
            browser.choose("Severity", "B – moderate impact");
            browser.type("Description", "Since Tuesday the cluster fails over every night at 02:00.");
            // the first raise reaches the service, but its answer is lost on the way back
            browser.script("""
                    const realFetch = window.fetch;
                    let lost = false;
                    window.fetch = async (url, init) => {
                      const response = await realFetch(url, init);
                      if (!lost && init && String(init.body).includes('PortalRaise')) {
                        lost = true;
                        throw new TypeError('connection reset');
                      }
                      return response;
                    };""");
            new Actions(browser.driver()).doubleClick(browser.button("Create support request")).perform();
            browser.waitForText("The service could not be reached.");
            browser.button("Create support request").click();

            browser.waitForText("Support request “Cluster fails over at night” was created.");
            assertThat(remainingIn(browser.textOf("li.plan", CONTOSO))).isEqualTo(before - 1);
            assertThat(browser.textOf("li.incident", "Cluster fails over at night")).contains("Open", "SQL Server 2022");
            assertThat(api.incidentCount(token)).isEqualTo(1);
            browser.screenshot("raise-an-incident");
        }
    }

    @Test
    void theRaiserWithdrawsAnOpenIncidentAndGetsTheIncidentBack() throws Exception {
        String outsider = PortalApi.newOutsider("withdrawer");
        String token = PortalApi.msaToken(outsider);
        JsonNode contract = api.contosoContract(PRODUCT_SUPPORT);
        api.link(token, contract);
        api.raise(token, contract.get("id").asString(), api.productId(token, "SQL Server"), "2022", "Printer spooler hangs");
        try (PortalBrowser browser = PortalBrowser.open(port, "en-US")) {
            browser.visit(token);
            int before = remainingIn(browser.textOf("li.contract", CONTOSO));

            browser.button("Withdraw “Printer spooler hangs”").click();
            // it asks first, saying what happens; Cancel changes nothing
            browser.waitForText("The support request is closed and its incident goes back to the contract.");
            browser.button("Cancel").click();
            assertThat(browser.textOf("li.incident", "Printer spooler hangs")).contains("Open");
            browser.button("Withdraw “Printer spooler hangs”").click();
            browser.waitForText("This cannot be undone");
            browser.screenshot("withdraw-asks-first");
            browser.button("Withdraw").click();

            browser.waitForText("Support request “Printer spooler hangs” was withdrawn");
            assertThat(browser.textOf("li.incident", "Printer spooler hangs")).contains("Withdrawn");
            assertThat(browser.hasButtonStartingWith("Withdraw")).isFalse();
            assertThat(remainingIn(browser.textOf("li.contract", CONTOSO))).isEqualTo(before + 1);
            browser.screenshot("withdraw-an-incident");
        }
    }

    @Test
    void theIncidentHistoryPagesForwardAndBack() throws Exception {
        String outsider = PortalApi.newOutsider("pager");
        String token = PortalApi.msaToken(outsider);
        JsonNode cloud = api.contosoContract(CLOUD_SUPPORT);
        api.link(token, cloud);
        String azure = api.productId(token, "Azure");
        for (int i = 1; i <= 7; i++) {
            api.raise(token, cloud.get("id").asString(), azure, "current", "Request " + i);
        }
        try (PortalBrowser browser = PortalBrowser.open(port, "en-US")) {
            browser.visit(token);
            browser.waitForText("7 in total");
            assertThat(browser.pageText()).contains("Request 7", "Request 3").doesNotContain("Request 2\n");

            browser.button("Next page").click();
            browser.waitForText("Request 1");
            assertThat(browser.pageText()).contains("Request 2").doesNotContain("Request 7");
            assertThat(browser.button("Next page").isEnabled()).isFalse();
            browser.screenshot("incident-history-paging");

            browser.button("Previous page").click();
            browser.waitForText("Request 7");
            assertThat(browser.button("Previous page").isEnabled()).isFalse();
        }
    }

    @Test
    void thePageSpeaksJapaneseWhenTheBrowserDoesAndCallsTheApiInJapanese() throws Exception {
        try (PortalBrowser browser = PortalBrowser.open(port, "ja")) {
            browser.visit(PortalApi.token("agent@contoso.com"));

            browser.waitForText("技術関連の特典");
            browser.waitForText("このアクションに対して");
            browser.field("アクセス ID");
            browser.field("コントラクト ID");
            browser.button("サポートの特典をリンクする");
            browser.button("サインアウト");
            browser.screenshot("japanese");

            browser.choose("言語", "English");
            browser.waitForText("Technical benefits");
            browser.waitForText("You are not authorized for this action.");
        }
    }

    @Test
    void thePageSwitchesToPortugueseAndShowsTheApisMessagesInPortuguese() throws Exception {
        try (PortalBrowser browser = PortalBrowser.open(port, "en-US")) {
            browser.visit(PortalApi.token("admin@northwind.com"));
            browser.waitForText("Technical benefits");

            browser.choose("Language", "Português (Brasil)");

            browser.waitForText("Benefícios técnicos");
            browser.button("Ativar Suporte a produtos da Microsoft");
            browser.type("ID de Acesso", "00000000-0000-4000-8000-000000000000");
            browser.type("ID do Contrato", "AAAA-BBBB");
            browser.button("Vincular benefícios de suporte").click();
            browser.waitForText("não correspondem a nenhum contrato de suporte");
            browser.button("Mostrar planos de suporte").click();
            browser.disclosure("Você gostaria de ver os planos de suporte não disponíveis?");
            browser.screenshot("portuguese");
        }
    }

    @Test
    void aPartnerWithoutActiveMembershipsSeesTheEmptyBenefitsMessage() throws Exception {
        String admin = api.partnerWithoutMemberships();
        try (PortalBrowser browser = PortalBrowser.open(port, "en-US")) {
            browser.visit(PortalApi.token(admin));

            browser.waitForText("Looks like you don't have any benefits yet");
            assertThat(browser.hasButtonStartingWith("Activate")).isFalse();
            browser.screenshot("empty-benefits");
        }
    }

    @Test
    void theBenefitsPageReadsOnAPhoneSizedScreen() throws Exception {
        try (PortalBrowser browser = PortalBrowser.open(port, "en-US")) {
            browser.resize(390, 844);
            browser.visit(PortalApi.token("admin@contoso.com"));
            browser.waitForText("Access ID");

            long overflow = ((Number) browser.script(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth")).longValue();
            assertThat(overflow).isLessThanOrEqualTo(0);
            browser.screenshot("phone-width");
        }
    }

    @Test
    void thePageAsksNoHostButTheService() throws Exception {
        String outsider = PortalApi.newOutsider("offline");
        String token = PortalApi.msaToken(outsider);
        api.link(token, api.contosoContract(PRODUCT_SUPPORT));
        try (PortalBrowser browser = PortalBrowser.open(port, "en-US")) {
            browser.visit(null);
            browser.waitForText("Demo accounts");
            browser.visit(token);
            browser.choose("Product", "SQL Server");
            browser.button("Show support plans").click();
            browser.disclosure("Would you like to see unavailable support plans?").click();
            browser.choose("Language", "日本語");
            browser.waitForText("技術関連の特典");

            List<URI> requests = browser.requestedUrls().stream()
                    .filter(url -> List.of("http", "https", "ws", "wss").contains(url.getScheme())).toList();
            assertThat(requests).isNotEmpty()
                    .extracting(URI::getPath).contains("/", "/portal/app.js", "/graphql", "/dev/demo-accounts");
            assertThat(requests).allSatisfy(url -> assertThat(url.getScheme() + "://" + url.getAuthority())
                    .isEqualTo(browser.base()));
            @SuppressWarnings("unchecked")
            List<String> resources = (List<String>) browser.script(
                    "return performance.getEntriesByType('resource').map(e => e.name)");
            assertThat(resources).isNotEmpty().allSatisfy(name -> assertThat(name).startsWith(browser.base() + "/"));
            browser.screenshot("only-the-service");
        }
    }

    /** "Incidents remaining 19 / 20" or "Incidents remaining\n19" → 19. */
    private static int remainingIn(String text) {
        java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("Incidents remaining\\s+(\\d+)").matcher(text);
        assertThat(matcher.find()).as("incidents remaining in: %s", text).isTrue();
        return Integer.parseInt(matcher.group(1));
    }
}
