package com.partnerbenefits.bootstrap.notify;

import com.partnerbenefits.bootstrap.config.SettingRules;
import com.partnerbenefits.bootstrap.security.DevelopmentSecrets;
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
 * @param retryDelays           The waits after each failed e-mail or webhook attempt; past the last it gives up
 *                              (the default keeps trying for more than 24 hours).
 * @param sendingAtOnce         How many e-mail and webhook attempts one instance makes at once (its sending threads).
 * @param perEndpointAtOnce     How many of those may go to one webhook endpoint (or one mailbox) at once, so that a slow
 *                              receiver cannot hold up the others.
 * @param webhookTimeout        How long one webhook attempt may take, connecting to reading the answer; then it counts as
 *                              failed and is retried. Shorter than the lease.
 * @param webhookSecretKey      The key webhook endpoints' secrets are derived from (HMAC-SHA256 of the endpoint ID); set
 *                              your own in production (env BENEFITS_NOTIFICATIONS_WEBHOOK_SECRET_KEY; the prod
 *                              profile refuses to start without it), at least 32 bytes, and keep it stable.
 */
@ConfigurationProperties("benefits.notifications")
public record NotificationProperties(
        @DefaultValue("2") @SettingRules.PositiveOrZero int lowThreshold,
        @DefaultValue("5s") @SettingRules.Positive Duration dispatchInterval,
        @DefaultValue("5m") @SettingRules.Positive Duration firstResponseInterval,
        @DefaultValue("1d") @SettingRules.Positive Duration expiryInterval,
        @DefaultValue("2d") @SettingRules.Positive Duration horizon,
        @DefaultValue("2m") @SettingRules.Positive Duration lease,
        @DefaultValue("benefits@localhost") String mailFrom,
        @DefaultValue({"5s", "5m", "30m", "2h", "5h", "10h", "10h"}) java.util.List<Duration> retryDelays,
        @DefaultValue("8") @SettingRules.Positive int sendingAtOnce,
        @DefaultValue("2") @SettingRules.Positive int perEndpointAtOnce,
        @DefaultValue("10s") @SettingRules.Positive Duration webhookTimeout,
        @DefaultValue(DevelopmentSecrets.WEBHOOK_SECRET_KEY) @SettingRules.EmptyOrAtLeastBytes(32) String webhookSecretKey) {
}
