package com.partnerbenefits.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * Sets up partners, accounts and memberships through the back-office API, as an operator would.
 * Logins get the partner's MPN ID as a prefix, so tests sharing one store never collide.
 */
final class BackOffice {

    static final LocalDate TODAY = LocalDate.now(java.time.ZoneOffset.UTC);

    private final GraphQlHttp api;

    BackOffice(GraphQlHttp api) {
        this.api = api;
    }

    /** A registered partner. */
    record Partner(String id, String mpnId) {
        String login(String name) {
            return mpnId + "-" + name + "@partner.test";
        }

        /** A token for an outside MSA account (not the partner's), named after the partner so it is the test's own. */
        String outsideMsaAccount(String name) {
            return GraphQlHttp.msaToken(mpnId + "-" + name + "@outlook.com");
        }
    }

    Partner partner(String name) {
        String mpnId = BackOfficeEndToEndTest.uniqueMpnId();
        GraphQlHttp.Response registered = api.post(BackOfficeEndToEndTest.OPERATOR, null,
                BackOfficeEndToEndTest.REGISTER_PARTNER, Map.of("name", name, "mpnId", mpnId));
        return new Partner(succeeded(registered, "registerPartner").at("data.registerPartner.partner.id").asString(), mpnId);
    }

    /** Registers an account of the partner and answers a token for it; {@code roles} may be empty. */
    String member(Partner partner, String name, String roles, String associations) {
        GraphQlHttp.Response registered = api.post(BackOfficeEndToEndTest.OPERATOR, null, """
                mutation($p: ID!, $l: String!) { registerAccount(input: {login: $l, kind: AAD, partnerId: $p,
                  roles: [%s], associations: [%s]}) { userErrors { code message } } }""".formatted(roles, associations),
                Map.of("p", partner.id(), "l", partner.login(name)));
        succeeded(registered, "registerAccount");
        return GraphQlHttp.token(partner.login(name), false);
    }

    String globalAdmin(Partner partner) {
        return member(partner, "admin", "GLOBAL_ADMIN", "MPN");
    }

    /** Grants a membership and answers its ID; {@code area} null for Action Pack. */
    String membership(Partner partner, String offer, String area, LocalDate startsOn, LocalDate endsOn) {
        return membership(partner, offer, area, startsOn, endsOn, null);
    }

    /** The same, with {@code advisoryHours} (null: none). */
    String membership(Partner partner, String offer, String area, LocalDate startsOn, LocalDate endsOn, Integer advisoryHours) {
        Map<String, Object> variables = new HashMap<>(Map.of("p", partner.id(), "offer", offer,
                "startsOn", startsOn.toString(), "endsOn", endsOn.toString()));
        variables.put("area", area);
        variables.put("hours", advisoryHours);
        GraphQlHttp.Response granted = api.post(BackOfficeEndToEndTest.OPERATOR, null, """
                mutation($p: ID!, $offer: MembershipOffer!, $area: String, $startsOn: Date!, $endsOn: Date!, $hours: Int) {
                  grantMembership(input: {partnerId: $p, offer: $offer, competencyArea: $area, startsOn: $startsOn,
                    endsOn: $endsOn, advisoryHours: $hours}) { membership { id } userErrors { code message } } }""", variables);
        return succeeded(granted, "grantMembership").at("data.grantMembership.membership.id").asString();
    }

    /** A membership active from a month ago for a year. */
    String activeMembership(Partner partner, String offer, String area) {
        return membership(partner, offer, area, TODAY.minusMonths(1), TODAY.plusYears(1));
    }

    void endMembership(String membershipId, LocalDate endsOn) {
        succeeded(api.post(BackOfficeEndToEndTest.OPERATOR, null, """
                mutation($m: ID!, $e: Date!) { endMembership(input: {membershipId: $m, endsOn: $e}) {
                  userErrors { code message } } }""", Map.of("m", membershipId, "e", endsOn.toString())), "endMembership");
    }

    private static GraphQlHttp.Response succeeded(GraphQlHttp.Response response, String mutation) {
        assertThat(response.at("data." + mutation + ".userErrors").size()).as(response.body()).isZero();
        return response;
    }
}
