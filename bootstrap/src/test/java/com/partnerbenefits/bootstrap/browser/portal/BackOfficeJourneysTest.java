package com.partnerbenefits.bootstrap.browser.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The back office ({@code GET /operator}) in a real browser, found by accessible names: an operator
 * registers a partner, finds it by search, grants a membership, registers a product and adds a version;
 * records a paid support plan (a refusal next to its field first);
 * in Portuguese a refusal stands next to its field; a support engineer is told it is not for their role.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "benefits.embedded-mongo.in-memory=true", "benefits.demo.enabled=true"})
class BackOfficeJourneysTest {

    @LocalServerPort
    int port;

    @Test
    void anOperatorRegistersAPartnerFindsItGrantsAMembershipAndAddsAProductVersion() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String name = "Tailspin Toys " + suffix;
        String mpnId = String.valueOf(3_000_000 + Math.abs(suffix.hashCode() % 6_000_000));
        String product = "Tailspin Analytics " + suffix;
        try (PortalBrowser browser = PortalBrowser.open(port, "en-US")) {
            browser.visit("/operator", PortalApi.operatorToken());
            browser.waitForText("Register a partner");

            browser.type("Name", name);
            browser.type("MPN ID", mpnId);
            browser.type("Time zone", "Asia/Tokyo");
            browser.button("Register partner").click();
            browser.waitForText(name + " (MPN ID " + mpnId + ") is registered.");

            browser.type("Search partners", "tailspin toys " + suffix.toUpperCase());
            browser.button("Find partners").click();
            browser.waitForText("Partners found: 1");
            browser.button("Open " + name).click();

            browser.waitForText("Grant a membership");
            assertThat(browser.pageText()).contains(mpnId, "Asia/Tokyo", "No membership yet.");
            browser.choose("Offer", "Gold competency");
            browser.choose("Competency area", "Cloud Platform (cloud)");
            browser.button("Grant membership").click();
            browser.waitForText("Gold competency – Cloud Platform is granted.");
            assertThat(browser.textOf("table", "Gold competency – Cloud Platform")).contains("Active", "Microsoft Product Support");
            browser.screenshot("page-operator-partner");

            browser.button("← All partners").click();
            browser.type("Product name", product);
            browser.type("Versions, oldest first", "1.0, 2.0");
            browser.button("Register product").click();
            browser.waitForText(product + " is in the catalog.");
            browser.choose("Product", product);
            browser.type("New version", "3.0");
            browser.button("Add version").click();
            browser.waitForText(product + " 3.0 is the newest version; support covers 2.0, 3.0.");
            assertThat(browser.textOf("tr", product)).contains("1.0 (not supported), 2.0, 3.0");
            browser.screenshot("page-operator");
        }
    }

    @Test
    void anOperatorRecordsAPayPerIncidentPlanOnlyWithItsOneIncident() throws Exception {
        String login = new PortalApi(port).partnerWithoutMemberships(); // admin-<suffix>@…, of "Empty Co <suffix>"
        String name = "Empty Co " + login.substring("admin-".length(), login.indexOf('@'));
        try (PortalBrowser browser = PortalBrowser.open(port, "en-US")) {
            browser.visit("/operator", PortalApi.operatorToken());
            browser.waitForText("Register a partner");
            browser.type("Search partners", name);
            browser.button("Find partners").click();
            browser.waitForText("Partners found: 1"); // the list is drawn again: wait before opening
            browser.button("Open " + name).click();
            browser.waitForText("Record a paid support plan");

            browser.choose("Kind", "Pay-per-incident support");
            browser.button("Record paid plan").click();
            browser.waitForText("Nothing was changed. Correct the fields marked below.");
            WebElement incidents = browser.field("Incidents");
            assertThat(incidents.getDomAttribute("aria-invalid")).isEqualTo("true");
            assertThat(incidents.getDomAttribute("aria-describedby")).contains("record-paid-plan-incidents-error");
            assertThat(browser.driver().findElement(By.id("record-paid-plan-incidents-error")).getText()).isNotBlank();
            assertThat(browser.pageText()).contains("No membership yet.");

            browser.type("Incidents", "1");
            browser.button("Record paid plan").click();
            browser.waitForText("Pay-per-incident support is recorded: Active, 1 incidents.");
            assertThat(browser.textOf("tr", "Pay-per-incident support (paid)")).contains("Active", "Pay-per-incident support (1 incidents; activated)");
            assertThat(browser.textOf("li", "Pay-per-incident support (")).contains("Active", "1 / 1");
            browser.screenshot("page-operator-paid-plan");
        }
    }

    @Test
    void inPortugueseAtPhoneWidthARefusalStandsNextToItsField() throws Exception {
        try (PortalBrowser browser = PortalBrowser.open(port, "pt-BR")) {
            browser.resize(390, 844);
            browser.visit("/operator", PortalApi.operatorToken());
            browser.waitForText("Cadastrar um parceiro");

            browser.type("Nome", "Contoso again");
            browser.type("ID MPN", "1000001"); // Contoso's
            browser.button("Cadastrar parceiro").click();

            browser.waitForText("Nada foi alterado. Corrija os campos indicados abaixo.");
            WebElement mpnId = browser.field("ID MPN");
            assertThat(mpnId.getDomAttribute("aria-invalid")).isEqualTo("true");
            WebElement error = browser.driver().findElement(By.id(mpnId.getDomAttribute("aria-describedby")));
            assertThat(error.getText()).isNotBlank();
            assertThat(browser.fitsTheWidth()).isTrue();
            browser.screenshot("page-operator-pt-BR-390");
        }
    }

    @Test
    void aSupportEngineerInTheBackOfficeIsToldItIsNotForTheirRole() throws Exception {
        try (PortalBrowser browser = PortalBrowser.open(port, "en-US")) {
            browser.visit("/operator", PortalApi.supportToken());

            browser.waitForText("This page is not for your role");
            assertThat(browser.pageText()).contains("not an operator", "Support desk");
            assertThat(browser.hasButton("Register partner")).isFalse();
            browser.screenshot("page-operator-not-for-your-role");
        }
    }
}
