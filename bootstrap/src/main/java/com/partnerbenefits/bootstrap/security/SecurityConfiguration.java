package com.partnerbenefits.bootstrap.security;

import com.partnerbenefits.adapter.graphql.support.CallerSource;
import com.partnerbenefits.bootstrap.demo.DemoTokensController;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
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

    /**
     * Self-issued tokens (HMAC-SHA256), only when no issuer or JWK set is configured: then Spring Boot builds the
     * decoder itself, with its issuer check, {@code spring.security.oauth2.resourceserver.jwt.audiences} and the
     * validators below. Here the same audiences apply, whichever way a token is verified.
     */
    @Bean
    @ConditionalOnExpression("'${spring.security.oauth2.resourceserver.jwt.issuer-uri:}' == '' "
            + "and '${spring.security.oauth2.resourceserver.jwt.jwk-set-uri:}' == ''")
    JwtDecoder hmacJwtDecoder(@Value("${benefits.security.jwt.hmac-secret:}") String hmacSecret,
            Environment environment, List<OAuth2TokenValidator<Jwt>> tokenValidators) {
        if (!StringUtils.hasText(hmacSecret)) {
            throw new IllegalStateException("No way to verify tokens: set spring.security.oauth2.resourceserver.jwt."
                    + "issuer-uri or jwk-set-uri, or benefits.security.jwt.hmac-secret (BENEFITS_SECURITY_JWT_HMAC_SECRET).");
        }
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withSecretKey(hmacKey(hmacSecret)).macAlgorithm(MacAlgorithm.HS256).build();
        List<OAuth2TokenValidator<Jwt>> validators = new ArrayList<>(tokenValidators);
        List<String> named = TokenAudiences.configured(environment);
        if (!named.isEmpty()) {
            validators.add(new JwtClaimValidator<Collection<String>>(JwtClaimNames.AUD,
                    aud -> aud != null && aud.stream().anyMatch(named::contains)));
        }
        decoder.setJwtValidator(JwtValidators.createDefaultWithValidators(validators));
        return decoder;
    }

    /** A token must expire: one without {@code exp} would work for ever once leaked. Boot's decoder adds it too. */
    @Bean
    OAuth2TokenValidator<Jwt> expiryRequired() {
        return new JwtClaimValidator<Object>(JwtClaimNames.EXP, Objects::nonNull);
    }

    /** A token whose claims name no usable caller is refused. Boot's decoder adds it too. */
    @Bean
    OAuth2TokenValidator<Jwt> callerClaimsValidator() {
        return new CallerClaimsValidator();
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
