package com.partnerbenefits.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.partnerbenefits.bootstrap.security.DevelopmentSecrets;
import com.partnerbenefits.bootstrap.security.TokenCommand;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** SPEC 5.1's support lane over HTTP: a support token changes incident status and nothing else, never on its own incidents. */
class RoleLanesEndToEndTest extends EndToEndTest {

    BackOffice.Partner contoso;
    String admin;
    JsonNode contract;
    String contractId;
    String sql;

    @BeforeEach
    void aContractOfContoso() {
        contoso = backOffice.partner("Contoso");
        admin = backOffice.globalAdmin(contoso);
        String gold = backOffice.activeMembership(contoso, "GOLD_COMPETENCY", "Data Platform");
        contract = benefits.activated(admin, gold, "MICROSOFT_PRODUCT_SUPPORT");
        contractId = contract.get("id").asString();
        sql = Incidents.product(api, "SQL Server", "ON_PREMISES", "[\"2019\", \"2022\"]");
    }

    /** Defect 7: the admin's own login with the support role activates, links, raises, unlinks, rotates and withdraws nothing. */
    @Test
    void aSupportTokenOfAPartnerAdminsLoginChangesNothingButIncidentStatus() {
        String adminWithSupportRole = supportToken(contoso.login("admin"), "AAD");
        String outsider = contoso.outsideMsaAccount("linked");
        benefits.link(outsider, null, contract);
        String outsiderId = api.post(outsider, null, "{ viewer { account { id } } }", Map.of()).at("data.viewer.account.id").asString();
        benefits.link(admin, null, contract);
        String adminsIncident = incidents.raise(admin, contractId, sql, "2022", contoso.mpnId() + "admins")
                .at("data.raiseIncident.incident.id").asString();
        String silver = backOffice.activeMembership(contoso, "SILVER_COMPETENCY", "Data Platform");
        String notYetActive = benefits.benefitId(admin, silver, "MICROSOFT_PRODUCT_SUPPORT");

        assertThat(code(benefits.activate(adminWithSupportRole, null, notYetActive), "activateTechnicalBenefit")).isEqualTo("NOT_AUTHORIZED");
        assertThat(code(benefits.link(adminWithSupportRole, null, contract), "linkSupportContract")).isEqualTo("NOT_AUTHORIZED");
        assertThat(code(incidents.raise(adminWithSupportRole, contractId, sql, "2022", contoso.mpnId() + "lane"), "raiseIncident"))
                .isEqualTo("NOT_AUTHORIZED");
        assertThat(code(api.post(adminWithSupportRole, null, ContractControlsEndToEndTest.UNLINK, Map.of("c", contractId, "a", outsiderId)),
                "unlinkSupportContract")).isEqualTo("NOT_AUTHORIZED");
        assertThat(code(api.post(adminWithSupportRole, null, ContractControlsEndToEndTest.ROTATE, Map.of("c", contractId)),
                "rotateContractCredentials")).isEqualTo("NOT_AUTHORIZED");
        assertThat(code(incidents.withdraw(adminWithSupportRole, adminsIncident), "withdrawIncident")).isEqualTo("NOT_AUTHORIZED");

        JsonNode unchanged = api.post(admin, null, "query($c: ID!) { node(id: $c) { ... on SupportContract { accessId "
                + "linkedAccounts { account { id } } } } }", Map.of("c", contractId)).at("data.node");
        assertThat(unchanged.get("accessId").asString()).isEqualTo(contract.get("accessId").asString());
        assertThat(unchanged.findValuesAsString("id")).contains(outsiderId);
        String outsiders = incidents.raise(outsider, contractId, sql, "2022", contoso.mpnId() + "outsiders")
                .at("data.raiseIncident.incident.id").asString();
        GraphQlHttp.Response started = api.post(adminWithSupportRole, null, SupportDeskEndToEndTest.START, Map.of("id", outsiders));
        assertThat(started.at("data.startIncidentWork.incident.status").asString()).as(started.body()).isEqualTo("IN_PROGRESS");
    }

    /** Defect 8: the same login raises without the role and may not then give its incident back with it. */
    @Test
    void anEngineerNeitherStartsNorResolvesAnIncidentHisOwnLoginRaised() {
        String login = contoso.mpnId() + "-moonlighter@outlook.com";
        String asCustomer = GraphQlHttp.msaToken(login);
        benefits.link(asCustomer, null, contract);
        String own = incidents.raise(asCustomer, contractId, sql, "2022", contoso.mpnId() + "own")
                .at("data.raiseIncident.incident.id").asString();
        String asEngineer = supportToken(login, "MSA");

        assertThat(code(api.post(asEngineer, null, SupportDeskEndToEndTest.START, Map.of("id", own)), "startIncidentWork"))
                .isEqualTo("NOT_AUTHORIZED");
        assertThat(code(api.post(asEngineer, null, SupportDeskEndToEndTest.RESOLVE, Map.of("id", own, "cause", "PRODUCT_DEFECT")),
                "resolveIncident")).isEqualTo("NOT_AUTHORIZED");
        assertThat(api.post(admin, null, "query($c: ID!) { node(id: $c) { ... on SupportContract { incidentsRemaining } } }",
                Map.of("c", contractId)).at("data.node.incidentsRemaining").asInt()).as("nothing given back").isEqualTo(19);
        GraphQlHttp.Response byAnother = api.post(SupportDeskEndToEndTest.SUPPORT, null, SupportDeskEndToEndTest.RESOLVE,
                Map.of("id", own, "cause", "PRODUCT_DEFECT"));
        assertThat(byAnother.at("data.resolveIncident.incident.status").asString()).as(byAnother.body()).isEqualTo("RESOLVED");
    }

    private static String supportToken(String login, String kind) {
        return TokenCommand.sign(DevelopmentSecrets.JWT_HMAC_SECRET, login, kind, List.of("benefits.support"), Duration.ofMinutes(10));
    }

    private static String code(GraphQlHttp.Response response, String mutation) {
        return response.at("data." + mutation + ".userErrors.0.code").asString("");
    }
}
