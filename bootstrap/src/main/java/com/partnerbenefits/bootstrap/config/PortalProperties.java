package com.partnerbenefits.bootstrap.config;

import com.partnerbenefits.domain.partner.AccountKind;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code benefits.portal.*}: how the pages sign people in (SPEC 5.2). The provider itself is Spring Boot's
 * {@code spring.security.oauth2.client.registration.portal.*} / {@code provider.portal.*}.
 *
 * @param sessionIdle        How long a signed-in page's session lasts without a request.
 * @param loginClaim         The ID token claim that names the login ({@code preferred_username} when it is absent).
 * @param defaultAccountKind The account kind of a first sign-in whose ID token has no {@code tid}.
 * @param fragmentSignIn     Whether the pages take a bearer token handed over in the address
 *                           ({@code /#access_token=…}) or pasted; off under {@code prod} unless set.
 */
@ConfigurationProperties("benefits.portal")
public record PortalProperties(
        @DefaultValue("30m") @SettingRules.Positive Duration sessionIdle,
        @DefaultValue("email") String loginClaim,
        @DefaultValue("AAD") AccountKind defaultAccountKind,
        @DefaultValue("true") boolean fragmentSignIn) {
}
