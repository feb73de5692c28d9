package com.partnerbenefits.bootstrap.notify;

import com.partnerbenefits.bootstrap.config.SettingRules;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code benefits.notifications.*} (SPEC §5.3).
 *
 * @param lowThreshold          A limited contract's remaining incidents at which its admins are told (INCIDENTS_LOW).
 * @param dispatchInterval      How often each instance fans out and sends what is due (also nudged at once by a change).
 * @param firstResponseInterval How often the first-response check and the reconciliation run (on one instance at a time).
 * @param expiryInterval        How often the expiry check runs (on one instance at a time): daily.
 * @param horizon               How far back the reconciliation looks for changes whose occurrence was not recorded.
 * @param lease                 How long a claimed e-mail or webhook attempt is one instance's; longer than any send.
 * @param mailFrom              The sender address of notification e-mails.
 */
@ConfigurationProperties("benefits.notifications")
public record NotificationProperties(
        @DefaultValue("2") @SettingRules.PositiveOrZero int lowThreshold,
        @DefaultValue("5s") @SettingRules.Positive Duration dispatchInterval,
        @DefaultValue("5m") @SettingRules.Positive Duration firstResponseInterval,
        @DefaultValue("1d") @SettingRules.Positive Duration expiryInterval,
        @DefaultValue("2d") @SettingRules.Positive Duration horizon,
        @DefaultValue("2m") @SettingRules.Positive Duration lease,
        @DefaultValue("benefits@localhost") String mailFrom) {
}
