package com.partnerbenefits.adapter.graphql.linking;

import com.partnerbenefits.adapter.graphql.benefit.SupportContractView;
import com.partnerbenefits.adapter.graphql.support.MutationPayload;
import com.partnerbenefits.adapter.graphql.support.UserError;
import java.time.Instant;
import java.util.List;

/** The GraphQL {@code LinkSupportContractPayload}; all but the user errors are null when refused. */
public record LinkSupportContractPayload(SupportContractView contract, Boolean alreadyLinked, Instant linkedAt,
        LinkOutcome outcome, String message, List<UserError> userErrors) implements MutationPayload {

    /** The GraphQL {@code LinkOutcome}: how a successful link went. */
    public enum LinkOutcome {
        LINKED,
        ALREADY_LINKED
    }

    static LinkSupportContractPayload refused(List<UserError> errors) {
        return new LinkSupportContractPayload(null, null, null, null, null, errors);
    }
}
