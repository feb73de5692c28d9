package com.partnerbenefits.bootstrap.e2e;

import static com.partnerbenefits.bootstrap.e2e.BackOfficeEndToEndTest.OPERATOR;
import static com.partnerbenefits.bootstrap.e2e.BackOfficeEndToEndTest.REGISTER_PARTNER;
import static com.partnerbenefits.bootstrap.e2e.BackOfficeEndToEndTest.uniqueMpnId;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ViewerEndToEndTest extends EndToEndTest {

    @Test
    void anAccountSeenForTheFirstTimeIsRecordedAsStandalone() {
        String token = GraphQlHttp.token("Newcomer@Outlook.com", false);

        GraphQlHttp.Response first = api.post(token, null, "{ viewer { account { id login kind roles associations } partner { id } } }", Map.of());
        GraphQlHttp.Response second = api.post(token, null, "{ viewer { account { id } } }", Map.of());

        assertThat(first.at("data.viewer.account.login").asString()).isEqualTo("newcomer@outlook.com");
        assertThat(first.at("data.viewer.account.roles").size()).isZero();
        assertThat(first.at("data.viewer.partner").isNull()).isTrue();
        assertThat(second.at("data.viewer.account.id").asString()).isEqualTo(first.at("data.viewer.account.id").asString());
    }

    @Test
    void membersSeeTheirPartnerButCspOnlyMembersAreRefusedItsMemberships() {
        String mpnId = uniqueMpnId();
        String partnerId = api.post(OPERATOR, null, REGISTER_PARTNER, Map.of("name", "Contoso", "mpnId", mpnId))
                .at("data.registerPartner.partner.id").asString();
        registerAccount(partnerId, "agent-" + mpnId + "@contoso.com", "ADMIN_AGENT", "CSP");

        GraphQlHttp.Response agent = api.post(GraphQlHttp.token("agent-" + mpnId + "@contoso.com", false), "pt-BR",
                "{ viewer { partner { mpnId memberships { id } } } }", Map.of());

        assertThat(agent.at("data.viewer.partner").isNull()).isTrue();
        assertThat(agent.at("errors.0.extensions.code").asString()).isEqualTo("NOT_AUTHORIZED");
        assertThat(agent.at("errors.0.extensions.classification").asString()).isEqualTo("FORBIDDEN");
        assertThat(agent.at("errors.0.message").asString()).isEqualTo("Você não está autorizado para essa ação.");
    }

    @Test
    void anotherPartnersObjectsAndTamperedIdsLookLikeNothing() {
        String partnerId = api.post(OPERATOR, null, REGISTER_PARTNER, Map.of("name", "Contoso", "mpnId", uniqueMpnId()))
                .at("data.registerPartner.partner.id").asString();
        String outsider = GraphQlHttp.token("someone@fabrikam.com", false);
        String tampered = partnerId.substring(0, partnerId.length() - 2) + (partnerId.endsWith("AA") ? "BB" : "AA");

        GraphQlHttp.Response foreign = api.post(outsider, null, "query($id: ID!) { node(id: $id) { id } }", Map.of("id", partnerId));
        GraphQlHttp.Response edited = api.post(OPERATOR, null, "query($id: ID!) { node(id: $id) { id } }", Map.of("id", tampered));
        GraphQlHttp.Response own = api.post(OPERATOR, null, "query($id: ID!) { node(id: $id) { ... on Partner { name } } }",
                Map.of("id", partnerId));

        assertThat(foreign.at("data.node").isNull()).isTrue();
        assertThat(edited.at("data.node").isNull()).isTrue();
        assertThat(own.at("data.node.name").asString()).isEqualTo("Contoso");
    }

    @Test
    void theEntitlementTableIsServedAsData() {
        GraphQlHttp.Response rules = api.post(GraphQlHttp.token("anyone@contoso.com", false), null,
                "{ entitlementRules { offer benefitKind cloudCompetency unlimited incidentAllowance } }", Map.of());

        assertThat(rules.at("data.entitlementRules").size()).isEqualTo(7);
        assertThat(rules.body()).contains(
                "{\"offer\":\"GOLD_COMPETENCY\",\"benefitKind\":\"SIGNATURE_CLOUD_SUPPORT\",\"cloudCompetency\":true,\"unlimited\":true,\"incidentAllowance\":null}");
    }

    private void registerAccount(String partnerId, String login, String role, String association) {
        api.post(OPERATOR, null, "mutation($p: ID!, $l: String!) { registerAccount(input: {login: $l, kind: AAD, partnerId: $p, roles: ["
                + role + "], associations: [" + association + "]}) { userErrors { code } } }", Map.of("p", partnerId, "l", login));
    }
}
