package com.partnerbenefits.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BackOfficeEndToEndTest extends EndToEndTest {

    static final String OPERATOR = GraphQlHttp.token("ops@benefits.test", true);

    static final String REGISTER_PARTNER = """
            mutation($name: String!, $mpnId: String!) {
              registerPartner(input: {name: $name, mpnId: $mpnId}) { partner { id name mpnId } userErrors { code message field } }
            }""";

    @Test
    void noTokenOrABadTokenIsAnswered401Unauthenticated() {
        GraphQlHttp.Response anonymous = api.post(null, null, "{ products { name } }", Map.of());
        GraphQlHttp.Response forged = api.post(OPERATOR.substring(0, OPERATOR.length() - 4) + "AAAA", null,
                "{ products { name } }", Map.of());

        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.at("errors.0.extensions.code").asString()).isEqualTo("UNAUTHENTICATED");
        assertThat(anonymous.at("data").isMissingNode()).as("nothing ran").isTrue();
        assertThat(forged.status()).isEqualTo(401);
        assertThat(forged.at("errors.0.extensions.code").asString()).isEqualTo("UNAUTHENTICATED");
    }

    @Test
    void anOperatorBuildsAPartnerWithAnAccountAMembershipAndAProduct() {
        String mpnId = uniqueMpnId();
        GraphQlHttp.Response partner = api.post(OPERATOR, null, REGISTER_PARTNER, Map.of("name", "Contoso", "mpnId", mpnId));
        String partnerId = partner.at("data.registerPartner.partner.id").asString();

        GraphQlHttp.Response account = api.post(OPERATOR, null, """
                mutation($partnerId: ID!, $login: String!) { registerAccount(input: {login: $login, kind: AAD,
                  partnerId: $partnerId, roles: [GLOBAL_ADMIN], associations: [MPN]}) {
                  account { login roles partner { mpnId } } userErrors { code } } }""",
                Map.of("partnerId", partnerId, "login", "admin-" + mpnId + "@contoso.com"));
        GraphQlHttp.Response membership = api.post(OPERATOR, null, """
                mutation($partnerId: ID!) { grantMembership(input: {partnerId: $partnerId, offer: SILVER_COMPETENCY,
                  competencyArea: "data platform", startsOn: "2026-01-01", endsOn: "2026-12-31"}) {
                  membership { offer competencyArea cloudCompetency benefits { kind unlimited incidentAllowance } } userErrors { code } } }""",
                Map.of("partnerId", partnerId));

        assertThat(partner.at("data.registerPartner.userErrors").size()).isZero();
        assertThat(account.at("data.registerAccount.account.partner.mpnId").asString()).isEqualTo(mpnId);
        assertThat(membership.at("data.grantMembership.membership.competencyArea").asString()).isEqualTo("Data Platform");
        assertThat(membership.at("data.grantMembership.membership.benefits.1.incidentAllowance").asInt()).isEqualTo(5);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "en    | You are not authorized for this action.",
            "ja    | このアクションに対して承認されていません。",
            "pt-BR | Você não está autorizado para essa ação."})
    void aCallerWithoutTheOperatorRoleIsRefusedInItsLanguage(String language, String message) {
        GraphQlHttp.Response response = api.post(GraphQlHttp.token("someone@contoso.com", false), language,
                REGISTER_PARTNER, Map.of("name", "Contoso", "mpnId", uniqueMpnId()));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.at("data.registerPartner.partner").isNull()).isTrue();
        assertThat(response.at("data.registerPartner.userErrors.0.code").asString()).isEqualTo("NOT_AUTHORIZED");
        assertThat(response.at("data.registerPartner.userErrors.0.message").asString()).isEqualTo(message);
        assertThat(response.at("errors.0.extensions.classification").asString()).isEqualTo("FORBIDDEN");
    }

    @Test
    void invalidInputIsReportedPerFieldWithoutStoringAnything() {
        GraphQlHttp.Response response = api.post(OPERATOR, "pt-BR", """
                mutation { grantMembership(input: {partnerId: "bm90LWEtcmVhbC1pZA", offer: ACTION_PACK,
                  startsOn: "2026-05-01", endsOn: "2026-04-01"}) { membership { id } userErrors { code field message } } }""",
                Map.of());

        assertThat(response.at("data.grantMembership.userErrors.0.code").asString()).isEqualTo("NOT_FOUND");
        assertThat(response.at("data.grantMembership.userErrors.0.field.1").asString()).isEqualTo("partnerId");

        String partnerId = api.post(OPERATOR, null, REGISTER_PARTNER, Map.of("name", "Fabrikam", "mpnId", uniqueMpnId()))
                .at("data.registerPartner.partner.id").asString();
        GraphQlHttp.Response badDates = api.post(OPERATOR, "pt-BR", """
                mutation($p: ID!) { grantMembership(input: {partnerId: $p, offer: GOLD_COMPETENCY, competencyArea: "Basket Weaving",
                  startsOn: "2026-05-01", endsOn: "2026-04-01"}) { membership { id } userErrors { code field message } } }""",
                Map.of("p", partnerId));

        assertThat(badDates.at("data.grantMembership.membership").isNull()).isTrue();
        assertThat(badDates.at("data.grantMembership.userErrors").findValuesAsString("code")).containsOnly("INVALID_INPUT");
        assertThat(badDates.body()).contains("\"competencyArea\"", "\"endsOn\"", "deve ser posterior à data de início");
    }

    @Test
    void anMpnIdCanOnlyBeRegisteredOnce() {
        String mpnId = uniqueMpnId();
        api.post(OPERATOR, null, REGISTER_PARTNER, Map.of("name", "Contoso", "mpnId", mpnId));

        GraphQlHttp.Response again = api.post(OPERATOR, "ja", REGISTER_PARTNER, Map.of("name", "Other", "mpnId", mpnId));

        assertThat(again.at("data.registerPartner.userErrors.0.field.1").asString()).isEqualTo("mpnId");
        assertThat(again.at("data.registerPartner.userErrors.0.message").asString()).isEqualTo("mpnId は既に使用されています。");
    }

    static String uniqueMpnId() {
        return String.valueOf(Math.abs(UUID.randomUUID().getLeastSignificantBits()) % 9_000_000_000L + 1_000_000_000L);
    }
}
