package com.partnerbenefits.bootstrap.security;

/**
 * The well-known secrets of the development defaults (application.yml). Public by design: the
 * production profile refuses to start with them.
 */
public final class DevelopmentSecrets {

    public static final String JWT_HMAC_SECRET = "partner-benefits-development-secret-not-for-production";
    public static final String GLOBAL_IDS_SECRET = "partner-benefits-development-global-ids";
    public static final String WEBHOOK_SECRET_KEY = "development-webhook-key-not-for-production!";

    /** True while tokens are signed with the public development secret: only then may demo tokens be handed out. */
    public static boolean jwtSecretInUse(String hmacSecret) {
        return JWT_HMAC_SECRET.equals(hmacSecret);
    }

    private DevelopmentSecrets() {
    }
}
