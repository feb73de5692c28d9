package com.partnerbenefits.bootstrap.e2e;

import java.util.Map;

/** The benefits page queries and the activation mutation, as a partner dashboard sends them. */
final class Benefits {

    static final String CONTRACT_FIELDS = """
            id accessId contractId status benefitKind startsOn endsOn activatedAt unlimited incidentsTotal incidentsRemaining""";

    static final String DASHBOARD = """
            { viewer { partner { name emptyBenefitsMessage
                memberships { id offer competencyArea active
                  benefits { id kind unlimited incidentAllowance activated contract { %s } } }
                technicalBenefits { id kind contract { accessId contractId } } } } }""".formatted(CONTRACT_FIELDS);

    static final String ACTIVATE = """
            mutation($b: ID!) { activateTechnicalBenefit(input: {benefitId: $b}) {
              alreadyActivated benefit { id activated contract { %s } } userErrors { code message field } } }"""
            .formatted(CONTRACT_FIELDS);

    static final String LINK = """
            mutation($a: String!, $c: String!) { linkSupportContract(input: {accessId: $a, contractId: $c}) {
              alreadyLinked linkedAt outcome message contract { %s } userErrors { code message field } } }"""
            .formatted(CONTRACT_FIELDS);

    private final GraphQlHttp api;

    Benefits(GraphQlHttp api) {
        this.api = api;
    }

    GraphQlHttp.Response dashboard(String token, String language) {
        return api.post(token, language, DASHBOARD, Map.of());
    }

    GraphQlHttp.Response activate(String token, String language, String benefitId) {
        return api.post(token, language, ACTIVATE, Map.of("b", benefitId));
    }

    /** Activates the benefit as the admin and answers its contract. */
    tools.jackson.databind.JsonNode activated(String admin, String benefitId) {
        return activate(admin, null, benefitId).at("data.activateTechnicalBenefit.benefit.contract");
    }

    /** Activates the membership's benefit of this kind as the admin and answers its contract. */
    tools.jackson.databind.JsonNode activated(String admin, String membershipId, String kind) {
        return activated(admin, benefitId(admin, membershipId, kind));
    }

    GraphQlHttp.Response link(String token, String language, tools.jackson.databind.JsonNode contract) {
        return link(token, language, contract.get("accessId").asString(), contract.get("contractId").asString());
    }

    GraphQlHttp.Response link(String token, String language, String accessId, String contractId) {
        return api.post(token, language, LINK, Map.of("a", accessId, "c", contractId));
    }

    /** The ID of the membership's benefit of this kind, as the dashboard shows it to the token's holder. */
    String benefitId(String token, String membershipId, String kind) {
        GraphQlHttp.Response membership = api.post(token, null,
                "query($m: ID!) { node(id: $m) { ... on Membership { benefits { id kind } } } }", Map.of("m", membershipId));
        for (var benefit : membership.at("data.node.benefits")) {
            if (benefit.get("kind").asString().equals(kind)) {
                return benefit.get("id").asString();
            }
        }
        throw new AssertionError("no " + kind + " benefit in " + membership.body());
    }
}
