package com.partnerbenefits.adapter.graphql.support;

import java.util.List;

/** A refusal as the client sees it in a payload's {@code userErrors}. */
public record UserError(String code, String message, List<String> field) {
}
