package com.partnerbenefits.bootstrap.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code benefits.rate-limit.*}: how many mutations an account may run (operators are exempt).
 *
 * @param mutationsPerWindow Mutation fields an account may run per window, each field counted; more is
 *                           RATE_LIMITED; 0 turns the limit off.
 * @param window             The length of a window.
 */
@ConfigurationProperties("benefits.rate-limit")
public record RateLimitProperties(
        @DefaultValue("600") @SettingRules.PositiveOrZero int mutationsPerWindow,
        @DefaultValue("1m") @SettingRules.Positive Duration window) {
}
