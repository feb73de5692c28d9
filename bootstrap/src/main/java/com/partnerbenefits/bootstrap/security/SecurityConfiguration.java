package com.partnerbenefits.bootstrap.security;

import com.partnerbenefits.adapter.graphql.support.CallerSource;
import com.partnerbenefits.bootstrap.demo.DemoTokensController;
import java.nio.charset.StandardCharsets;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoders;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.util.StringUtils;

/**
 * Every request but the health check needs a valid bearer token; a missing or bad one is answered
 * 401 with no body. Tokens are checked against the issuer / JWK set, or an HMAC-SHA256 secret.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {

    static final int MIN_HMAC_SECRET_BYTES = 32;

    @Bean
    SecurityFilterChain api(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/error").permitAll()
                        .requestMatchers(HttpMethod.GET, DemoTokensController.PATH).permitAll()
                        .anyRequest().authenticated())
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .oauth2ResourceServer(server -> server.jwt(jwt -> { }));
        return http.build();
    }

    @Bean
    JwtDecoder jwtDecoder(@Value("${benefits.security.jwt.hmac-secret:}") String hmacSecret,
            @Value("${spring.security.oauth2.resourceserver.jwt.issuer-uri:}") String issuer,
            @Value("${spring.security.oauth2.resourceserver.jwt.jwk-set-uri:}") String jwkSetUri) {
        NimbusJwtDecoder decoder;
        OAuth2TokenValidator<Jwt> defaults;
        if (StringUtils.hasText(issuer)) {
            decoder = (NimbusJwtDecoder) JwtDecoders.fromIssuerLocation(issuer);
            defaults = JwtValidators.createDefaultWithIssuer(issuer);
        } else if (StringUtils.hasText(jwkSetUri)) {
            decoder = NimbusJwtDecoder.withJwkSetUri(jwkSetUri).build();
            defaults = JwtValidators.createDefault();
        } else if (StringUtils.hasText(hmacSecret)) {
            decoder = NimbusJwtDecoder.withSecretKey(hmacKey(hmacSecret)).macAlgorithm(MacAlgorithm.HS256).build();
            defaults = JwtValidators.createDefault();
        } else {
            throw new IllegalStateException("No way to verify tokens: set spring.security.oauth2.resourceserver.jwt."
                    + "issuer-uri or jwk-set-uri, or benefits.security.jwt.hmac-secret (BENEFITS_SECURITY_JWT_HMAC_SECRET).");
        }
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(defaults, new CallerClaimsValidator()));
        return decoder;
    }

    /** Checks the prod profile's settings before any other bean is made, so a bad start fails on that message. */
    @Bean
    static ProductionSettings.Check productionSettingsCheck() {
        return new ProductionSettings.Check();
    }

    @Bean
    CallerSource callerSource() {
        return new JwtCallerSource();
    }

    static SecretKeySpec hmacKey(String secret) {
        byte[] bytes = secret.getBytes(StandardCharsets.UTF_8);
        if (bytes.length < MIN_HMAC_SECRET_BYTES) {
            throw new IllegalStateException("benefits.security.jwt.hmac-secret must be at least "
                    + MIN_HMAC_SECRET_BYTES + " bytes long.");
        }
        return new SecretKeySpec(bytes, "HmacSHA256");
    }

}
