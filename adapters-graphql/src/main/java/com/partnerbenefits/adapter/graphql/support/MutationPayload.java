package com.partnerbenefits.adapter.graphql.support;

import java.util.List;

/** A mutation's answer, one record per GraphQL payload type: what changed, or in {@code userErrors} why nothing did. */
public interface MutationPayload {

    List<UserError> userErrors();
}
