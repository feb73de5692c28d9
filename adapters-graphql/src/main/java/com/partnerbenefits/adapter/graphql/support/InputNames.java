package com.partnerbenefits.adapter.graphql.support;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLNamedType;
import java.util.Map;

/**
 * The application names the input a refusal is about by its own concept ({@code contractId}, the
 * support contract's ID); this is where each GraphQL field's argument or input field for that concept
 * is written down. Names not listed are the same in both (a {@code productVersion} is a
 * {@code productVersion}), so the list holds only the differences.
 */
final class InputNames {

    /** The support contract an operation names is its {@code supportContractId}; linkSupportContract's contractId is the credential. */
    private static final Map<String, String> SUPPORT_CONTRACT = Map.of("contractId", "supportContractId");

    /** By field coordinates ({@code Type.field}). */
    private static final Map<String, Map<String, String>> BY_FIELD = Map.of(
            "Mutation.raiseIncident", SUPPORT_CONTRACT,
            "Mutation.unlinkSupportContract", SUPPORT_CONTRACT,
            "Mutation.rotateContractCredentials", SUPPORT_CONTRACT,
            "SupportContract.incidents", SUPPORT_CONTRACT,
            "SupportContract.usage", SUPPORT_CONTRACT);

    private final Map<String, String> names;

    private InputNames(Map<String, String> names) {
        this.names = names;
    }

    /** The names of the field {@code env} fetches. */
    static InputNames of(DataFetchingEnvironment env) {
        String type = env.getParentType() instanceof GraphQLNamedType named ? named.getName() : "";
        return new InputNames(BY_FIELD.getOrDefault(type + "." + env.getField().getName(), Map.of()));
    }

    /** The GraphQL name of the application's {@code name}: the first segment of a dotted path ("versions.2"). */
    String graphQlName(String name) {
        int dot = name.indexOf('.');
        String head = dot < 0 ? name : name.substring(0, dot);
        return names.getOrDefault(head, head) + (dot < 0 ? "" : name.substring(dot));
    }

    /** A message argument that names another input (as EXACTLY_ONE's does) in GraphQL's words; others as they are. */
    Object argument(Object value) {
        return value instanceof String name && names.containsKey(name) ? names.get(name) : value;
    }
}
