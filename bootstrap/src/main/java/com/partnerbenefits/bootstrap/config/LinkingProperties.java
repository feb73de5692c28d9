package com.partnerbenefits.bootstrap.config;

import com.partnerbenefits.domain.contract.AttemptWindow;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code benefits.linking.*}: the brute-force limit on presenting an Access ID / Contract ID pair.
 *
 * @param maxFailedAttempts Wrong pairs an account may present per window; when full, linking is TOO_MANY_ATTEMPTS.
 * @param attemptWindow     How long the window lasts, from the first wrong pair.
 */
@ConfigurationProperties("benefits.linking")
public record LinkingProperties(
        @DefaultValue("5") @SettingRules.Positive int maxFailedAttempts,
        @DefaultValue("15m") @SettingRules.Positive Duration attemptWindow) {

    public AttemptWindow window() {
        return new AttemptWindow(maxFailedAttempts, attemptWindow);
    }
}
