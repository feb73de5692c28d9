package com.partnerbenefits.bootstrap.config;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code benefits.rate-limit.*}: how many mutations an account may run (operators are exempt).
 *
 * @param mutationsPerWindow Mutation fields an account may run per window, each field counted; more is
 *                           RATE_LIMITED; 0 turns the limit off.
 * @param window             The length of a window.
 */
@Validated
@ConfigurationProperties("benefits.rate-limit")
public record RateLimitProperties(
        @DefaultValue("600") @PositiveOrZero int mutationsPerWindow,
        @DefaultValue("1m") @NotNull @Positive Duration window) {
}
