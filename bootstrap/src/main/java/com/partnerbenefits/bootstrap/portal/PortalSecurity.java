package com.partnerbenefits.bootstrap.portal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The pages' files (the partner portal {@code /}, the support desk {@code /support}, the back office
 * {@code /operator}, and their modules under {@code /portal/**}, {@code /support/**},
 * {@code /operator/**}, {@code /common/**}, from {@code static/}) load without a token: the page signs in by itself and calls {@code /graphql} with
 * a bearer token like any client. They have their own filter chain, ahead of the API's, so the
 * page's strict headers (a Content-Security-Policy that allows nothing but this origin and no
 * inline script) stay off the API's answers, and the API's rules stay off the page.
 */
@Configuration(proxyBeanMethods = false)
public class PortalSecurity {

    public static final String[] PATHS = {"/", "/index.html", "/portal/**", "/common/**",
            PageRoutes.SUPPORT, "/support.html", "/support/**", PageRoutes.OPERATOR, "/operator.html", "/operator/**"};

    /** Everything from this origin, nothing inline, no plug-ins, not framed, forms only back here. */
    public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self'; connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; "
            + "form-action 'self'; frame-ancestors 'none'";

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    SecurityFilterChain portal(HttpSecurity http) throws Exception {
        http.securityMatcher(PATHS)
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER)));
        return http.build();
    }
}
