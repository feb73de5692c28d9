package com.partnerbenefits.bootstrap.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code benefits.global-ids.*}: global IDs carry an HMAC tag, so a guessed or edited ID names nothing.
 *
 * @param secret Key of that tag (env BENEFITS_GLOBAL_IDS_SECRET); keep it stable, or every ID handed out
 *               so far stops working. Development uses a public one, production needs its own.
 */
@ConfigurationProperties("benefits.global-ids")
public record GlobalIdsProperties(@SettingRules.NotBlank String secret) {
}
