package com.partnerbenefits.domain.notification;

import com.partnerbenefits.domain.partner.AccountId;
import java.util.Objects;
import java.util.Optional;

/**
 * Who a delivery is for, as stored: an account, the support desk (every support engineer reads the
 * same notification, each marking it read for themself), or a partner's webhook endpoint.
 */
public record Recipient(String value) {

    private static final String ACCOUNT = "account:";
    private static final String WEBHOOK = "webhook:";

    public static final Recipient SUPPORT_DESK = new Recipient("desk");

    public Recipient {
        Objects.requireNonNull(value, "value");
    }

    public static Recipient account(AccountId account) {
        return new Recipient(ACCOUNT + account.value());
    }

    public static Recipient webhook(String endpointId) {
        return new Recipient(WEBHOOK + endpointId);
    }

    /** The account this is, if it is one. */
    public Optional<AccountId> account() {
        return value.startsWith(ACCOUNT) ? Optional.of(new AccountId(value.substring(ACCOUNT.length()))) : Optional.empty();
    }

    /** The webhook endpoint this is, if it is one. */
    public Optional<String> webhookEndpoint() {
        return value.startsWith(WEBHOOK) ? Optional.of(value.substring(WEBHOOK.length())) : Optional.empty();
    }
}
