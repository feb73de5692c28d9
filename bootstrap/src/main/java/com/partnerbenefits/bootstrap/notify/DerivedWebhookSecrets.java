package com.partnerbenefits.bootstrap.notify;

import com.partnerbenefits.application.port.out.WebhookSecrets;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * An endpoint's secret is HMAC-SHA256(benefits.webhooks.secret-key, "webhook-endpoint:" + ID): nothing
 * secret is stored, so a copy of the database cannot sign deliveries; changing the key changes every
 * endpoint's secret (re-add the endpoints to hand out the new ones).
 */
class DerivedWebhookSecrets implements WebhookSecrets {

    private final byte[] key;

    DerivedWebhookSecrets(String key) {
        this.key = key.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public String secretOf(String endpointId) {
        return WebhookSignature.SECRET_PREFIX
                + Base64.getEncoder().encodeToString(WebhookSignature.hmac(key, "webhook-endpoint:" + endpointId));
    }
}
