package com.partnerbenefits.bootstrap.config;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * {@code benefits.global-ids.*}: global IDs carry an HMAC tag, so a guessed or edited ID names nothing.
 *
 * @param secret Key of that tag (env BENEFITS_GLOBAL_IDS_SECRET); keep it stable, or every ID handed out
 *               so far stops working. Development uses a public one, production needs its own.
 */
@Validated
@ConfigurationProperties("benefits.global-ids")
public record GlobalIdsProperties(@NotBlank String secret) {
}
