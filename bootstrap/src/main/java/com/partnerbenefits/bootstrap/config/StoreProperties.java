package com.partnerbenefits.bootstrap.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code benefits.store.*}: how long the service waits for MongoDB, and the repair of consumptions that
 * requests cut short left behind.
 *
 * @param timeout        Time to find and connect to a server; a request that cannot is STORE_UNAVAILABLE
 *                       (the driver's own default, 30 s, is far past any client's patience).
 * @param readTimeout    Time to wait for a server's answer on an open connection.
 * @param repairInterval How often each instance looks for incidents taken but never stored, and gives them back.
 * @param repairGrace    How old a taken incident must be before it counts as cut short (until then a request may
 *                       still be storing it).
 * @param repairHorizon  How far back the repair looks.
 */
@ConfigurationProperties("benefits.store")
public record StoreProperties(
        @DefaultValue("2s") @SettingRules.Positive Duration timeout,
        @DefaultValue("10s") @SettingRules.Positive Duration readTimeout,
        @DefaultValue("60s") @SettingRules.Positive Duration repairInterval,
        @DefaultValue("2m") @SettingRules.PositiveOrZero Duration repairGrace,
        @DefaultValue("1d") @SettingRules.Positive Duration repairHorizon) {
}
