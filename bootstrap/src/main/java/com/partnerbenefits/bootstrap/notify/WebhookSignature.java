package com.partnerbenefits.bootstrap.notify;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The Standard Webhooks signature: {@code v1,} and the base64 HMAC-SHA256 of
 * {@code "<webhook-id>.<webhook-timestamp>.<body>"} under the endpoint's secret ({@code whsec_} and
 * the base64 of its bytes).
 */
public final class WebhookSignature {

    public static final String SECRET_PREFIX = "whsec_";

    private WebhookSignature() {
    }

    public static String sign(String secret, String id, long timestamp, String body) {
        byte[] key = Base64.getDecoder().decode(secret.startsWith(SECRET_PREFIX) ? secret.substring(SECRET_PREFIX.length()) : secret);
        return "v1," + Base64.getEncoder().encodeToString(hmac(key, id + "." + timestamp + "." + body));
    }

    public static byte[] hmac(byte[] key, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException unavailable) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", unavailable);
        }
    }
}
