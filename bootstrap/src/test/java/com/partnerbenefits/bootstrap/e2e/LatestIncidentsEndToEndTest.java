package com.partnerbenefits.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The dashboard's last incidents come from what each contract keeps of its newest ones (issue 14):
 * an unlimited contract, which never takes a count, lists and counts its incidents like a limited one.
 */
class LatestIncidentsEndToEndTest extends EndToEndTest {

    private static final String LATEST = """
            { viewer { partner { memberships { benefits { kind contract { incidents(first: 2) {
                totalCount pageInfo { hasNextPage } nodes { title } } } } } } } }""";

    @Test
    void limitedAndUnlimitedContractsShowTheirNewestIncidentsAndHowManyThereAre() {
        BackOffice.Partner partner = backOffice.partner("Latest incidents");
        String admin = backOffice.globalAdmin(partner);
        String gold = backOffice.activeMembership(partner, "GOLD_COMPETENCY", "Cloud Platform");
        JsonNode cloud = benefits.activated(admin, gold, "SIGNATURE_CLOUD_SUPPORT");
        JsonNode productSupport = benefits.activated(admin, gold, "MICROSOFT_PRODUCT_SUPPORT");
        benefits.link(admin, null, cloud);
        benefits.link(admin, null, productSupport);
        String azure = Incidents.product(api, "Azure", "CLOUD", "[]");
        String sql = Incidents.product(api, "SQL Server", "ON_PREMISES", "[\"2022\"]");
        for (int n = 1; n <= 3; n++) {
            raise(admin, cloud, azure, "current", "Cloud " + n);
        }
        raise(admin, productSupport, sql, "2022", "Product 1");

        Map<String, JsonNode> latest = new java.util.HashMap<>();
        for (JsonNode benefit : api.post(admin, null, LATEST, Map.of()).at("data.viewer.partner.memberships").get(0).get("benefits")) {
            latest.put(benefit.get("kind").asString(), benefit.get("contract").get("incidents"));
        }

        assertThat(titles(latest.get("SIGNATURE_CLOUD_SUPPORT"))).containsExactly("Cloud 3", "Cloud 2");
        assertThat(latest.get("SIGNATURE_CLOUD_SUPPORT").get("totalCount").asInt()).isEqualTo(3);
        assertThat(latest.get("SIGNATURE_CLOUD_SUPPORT").at("/pageInfo/hasNextPage").asBoolean()).isTrue();
        assertThat(titles(latest.get("MICROSOFT_PRODUCT_SUPPORT"))).containsExactly("Product 1");
        assertThat(latest.get("MICROSOFT_PRODUCT_SUPPORT").get("totalCount").asInt()).isEqualTo(1);
        assertThat(latest.get("MICROSOFT_PRODUCT_SUPPORT").at("/pageInfo/hasNextPage").asBoolean()).isFalse();
    }

    private void raise(String admin, JsonNode contract, String product, String version, String title) {
        Map<String, Object> input = Incidents.input(contract.get("id").asString(), product, version, title);
        input.put("title", title);
        GraphQlHttp.Response raised = incidents.raise(admin, null, input);
        assertThat(raised.at("data.raiseIncident.userErrors").size()).as(raised.body()).isZero();
    }

    private static List<String> titles(JsonNode incidents) {
        List<String> titles = new ArrayList<>();
        incidents.get("nodes").forEach(node -> titles.add(node.get("title").asString()));
        return titles;
    }
}
