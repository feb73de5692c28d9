package com.partnerbenefits.bootstrap.demo;

import java.util.List;

/**
 * One account of the demo world, as offered to sign in as in development (GraphiQL, the portal).
 *
 * @param login       the token's {@code sub}
 * @param kind        {@code AAD} or {@code MSA}
 * @param roles       the token's {@code roles} claim ({@code benefits.operator}, …); empty for partner people
 * @param description who this is, in a few words (English; it names demo data, not the product)
 */
public record DemoAccount(String login, String kind, List<String> roles, String description) {

    public DemoAccount {
        roles = List.copyOf(roles);
    }
}
