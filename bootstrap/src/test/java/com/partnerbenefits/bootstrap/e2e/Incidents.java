package com.partnerbenefits.bootstrap.e2e;

import java.util.HashMap;
import java.util.Map;

/** Raising and withdrawing incidents, as a support portal sends them. */
final class Incidents {

    static final String RAISE = """
            mutation($input: RaiseIncidentInput!) { raiseIncident(input: $input) {
              incident { id title description severity status productVersion raisedAt supportContractId
                cspCustomerTenantId idempotencyKey product { name } }
              contract { id incidentsRemaining status } userErrors { code message field } } }""";

    static final String WITHDRAW = """
            mutation($id: ID!) { withdrawIncident(input: {incidentId: $id}) {
              incident { id status } contract { incidentsRemaining } userErrors { code message } } }""";

    private final GraphQlHttp api;

    Incidents(GraphQlHttp api) {
        this.api = api;
    }

    GraphQlHttp.Response raise(String token, String contractId, String productId, String version, String key) {
        return raise(token, null, input(contractId, productId, version, key));
    }

    GraphQlHttp.Response raise(String token, String language, Map<String, Object> input) {
        return api.post(token, language, RAISE, Map.of("input", input));
    }

    GraphQlHttp.Response withdraw(String token, String incidentId) {
        return api.post(token, null, WITHDRAW, Map.of("id", incidentId));
    }

    static Map<String, Object> input(String contractId, String productId, String version, String key) {
        Map<String, Object> input = new HashMap<>(Map.of("productId", productId, "productVersion", version,
                "title", "Cluster fails over every hour", "description", "Since Monday.\nLogs attached.", "severity", "B",
                "idempotencyKey", key));
        input.put("supportContractId", contractId);
        return input;
    }

    /** Registers a product under a name unique to the test and answers its ID. */
    static String product(GraphQlHttp api, String name, String kind, String versions) {
        return api.post(BackOfficeEndToEndTest.OPERATOR, null, """
                mutation($n: String!) { registerProduct(input: {name: $n, kind: %s, versions: %s}) { product { id } } }"""
                .formatted(kind, versions), Map.of("n", name + " " + BackOfficeEndToEndTest.uniqueMpnId()))
                .at("data.registerProduct.product.id").asString();
    }
}
