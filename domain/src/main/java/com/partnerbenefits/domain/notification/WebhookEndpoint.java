package com.partnerbenefits.domain.notification;

import com.partnerbenefits.domain.partner.PartnerId;
import com.partnerbenefits.domain.shared.FieldViolation;
import com.partnerbenefits.domain.shared.Validation;
import com.partnerbenefits.domain.shared.ViolationRule;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A partner's webhook endpoint: where its contract events are POSTed. Its secret is not part of it:
 * it is derived from the endpoint's ID with a key only the service holds, so the stored endpoint alone
 * cannot sign a delivery. Only contract events go to a partner's endpoints.
 */
public record WebhookEndpoint(String id, PartnerId partnerId, URI url, Set<NotificationKind> kinds, Instant createdAt) {

    public static final int MAX_URL = 2048;

    public WebhookEndpoint {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(partnerId, "partnerId");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(createdAt, "createdAt");
        kinds = Set.copyOf(kinds);
    }

    /** A new endpoint, its URL an absolute http(s) URL without user info, its kinds contract events, at least one. */
    public static WebhookEndpoint add(String id, PartnerId partner, String url, Set<NotificationKind> kinds, Instant now) {
        Validation validation = new Validation();
        URI parsed = null;
        if (validation.text("url", url, 1, MAX_URL)) {
            try {
                parsed = new URI(url.strip());
                boolean web = "https".equalsIgnoreCase(parsed.getScheme()) || "http".equalsIgnoreCase(parsed.getScheme());
                if (!web || parsed.getHost() == null || parsed.getUserInfo() != null || parsed.getFragment() != null) {
                    validation.add(FieldViolation.of("url", ViolationRule.FORMAT, "https://hooks.example.com/benefits"));
                }
            } catch (URISyntaxException malformed) {
                validation.add(FieldViolation.of("url", ViolationRule.FORMAT, "https://hooks.example.com/benefits"));
            }
        }
        if (validation.notEmpty("kinds", kinds) && !kinds.stream().allMatch(NotificationKind::aboutContract)) {
            validation.add(FieldViolation.of("kinds", ViolationRule.UNKNOWN_VALUE, "INCIDENTS_LOW, INCIDENTS_EXHAUSTED, CONTRACT_EXPIRING"));
        }
        validation.throwIfInvalid();
        return new WebhookEndpoint(id, partner, parsed, EnumSet.copyOf(kinds), now);
    }

    public boolean wants(NotificationKind kind) {
        return kinds.contains(kind);
    }
}
