package com.partnerbenefits.adapter.graphql.support;

import com.partnerbenefits.application.port.in.RefusalCode;
import java.util.List;

/** A refusal as the client sees it in a payload's {@code userErrors}; {@code code} is a value of {@code enum UserErrorCode}. */
public record UserError(RefusalCode code, String message, List<String> field) {
}
