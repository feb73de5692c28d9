package com.partnerbenefits.bootstrap.security;

import com.partnerbenefits.adapter.graphql.support.ApiMessages;
import com.partnerbenefits.adapter.graphql.support.CallerSource;
import com.partnerbenefits.bootstrap.config.JwtProperties;
import com.partnerbenefits.bootstrap.config.PortalProperties;
import com.partnerbenefits.bootstrap.config.PublicUrlProperties;
import com.partnerbenefits.bootstrap.demo.DemoTokensController;
import com.partnerbenefits.bootstrap.web.HttpErrorShape;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.graphql.autoconfigure.GraphQlCorsProperties;
import org.springframework.boot.graphql.autoconfigure.GraphQlProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.util.StringUtils;
import org.springframework.web.filter.CorsFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every request but the health check, the explorer and the development token list needs a valid
 * bearer token or a page's signed-in session (with the CSRF token: {@link CookieRequests}); a missing, bad or
 * expired one is answered 401 in the API's error shape. The other
 * actuator endpoints need the operator role. Tokens are checked against the issuer / JWK set, or an
 * HMAC-SHA256 secret.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {

    /** How many verified self-issued tokens are kept, and how long an unused one stays (VerifiedTokens). */
    private static final long VERIFIED_TOKENS = 4_096;
    private static final Duration VERIFIED_TOKEN_IDLE = Duration.ofMinutes(10);

    @Bean
    SecurityFilterChain api(HttpSecurity http, GraphQlCorsProperties cors, GraphQlProperties graphQl,
            ApiMessages messages, JsonMapper json, PublicUrlProperties publicUrl, HttpErrorShape httpErrors)
            throws Exception {
        String graphQlPath = graphQl.getHttp().getPath();
        SecurityErrorResponses errors = new SecurityErrorResponses(messages, json,
                ResourceMetadata.url(publicUrl.configured()));
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/error").permitAll()
                        .requestMatchers(HttpMethod.GET, DemoTokensController.PATH).permitAll()
                        // the explorer and the SDL (404 where switched off, as under prod); the public libraries it loads
                        .requestMatchers(HttpMethod.GET, "/graphiql", "/graphiql/**", "/graphql/schema", "/webjars/**")
                        .permitAll()
                        .requestMatchers("/actuator/**").access(OperatorRole.required())
                        .anyRequest().authenticated())
                .addFilter(BrowserOrigins.forGraphQlEndpoint(cors, graphQlPath, messages, json))
                .addFilterAfter(new ResourceMetadata(publicUrl.configured(), httpErrors, json), CorsFilter.class)
                // a page signed in by its session cookie sends the CSRF token; a bearer token needs none (SPEC 5.2)
                .csrf(csrf -> csrf.spa().requireCsrfProtectionMatcher(CookieRequests.NEED_CSRF))
                // reads a page's session (made at sign-in), never makes one
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                .requestCache(cache -> cache.disable())
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(errors).accessDeniedHandler(errors))
                .oauth2ResourceServer(server -> server.jwt(jwt -> { })
                        .authenticationEntryPoint(errors).accessDeniedHandler(errors));
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
    JwtDecoder hmacJwtDecoder(JwtProperties jwt, Environment environment,
            List<OAuth2TokenValidator<Jwt>> tokenValidators) {
        String hmacSecret = jwt.hmacSecret();
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
        // Claims checked on every request by VerifiedTokens; the decoder itself only parses and verifies.
        decoder.setJwtValidator(token -> OAuth2TokenValidatorResult.success());
        return new VerifiedTokens(decoder, JwtValidators.createDefaultWithValidators(validators),
                VERIFIED_TOKENS, VERIFIED_TOKEN_IDLE);
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

    /**
     * No observation of the filter chain, authentication or authorization: none was kept (the observation predicate
     * drops them), yet each of the chain's filters still made and stopped one per request (about 2 % of a small
     * request's CPU in the profile).
     */
    @Bean
    SecurityObservationSettings noSecurityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    CallerSource callerSource(PortalProperties portal) {
        return new SecurityContextCallerSource(portal);
    }

    static SecretKeySpec hmacKey(String secret) {
        byte[] bytes = secret.getBytes(StandardCharsets.UTF_8);
        if (bytes.length < JwtProperties.MIN_HMAC_SECRET_BYTES) {
            throw new IllegalStateException("benefits.security.jwt.hmac-secret must be at least "
                    + JwtProperties.MIN_HMAC_SECRET_BYTES + " bytes long.");
        }
        return new SecretKeySpec(bytes, "HmacSHA256");
    }

}
