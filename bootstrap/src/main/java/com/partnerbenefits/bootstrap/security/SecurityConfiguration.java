package com.partnerbenefits.bootstrap.security;

import com.partnerbenefits.adapter.graphql.support.ApiMessages;
import com.partnerbenefits.adapter.graphql.support.CallerSource;
import com.partnerbenefits.bootstrap.demo.DemoTokensController;
import java.nio.charset.StandardCharsets;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.graphql.autoconfigure.GraphQlCorsProperties;
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
import tools.jackson.databind.json.JsonMapper;

/**
 * Every request but the health check, the explorer and the development token list needs a valid
 * bearer token; a missing, bad or expired one is answered 401 in the API's error shape. The other
 * actuator endpoints need the operator role. Tokens are checked against the issuer / JWK set, or an
 * HMAC-SHA256 secret.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {

    static final int MIN_HMAC_SECRET_BYTES = 32;

    @Bean
    SecurityFilterChain api(HttpSecurity http, GraphQlCorsProperties cors,
            @Value("${spring.graphql.http.path:/graphql}") String graphQlPath, ApiMessages messages, JsonMapper json)
            throws Exception {
        SecurityErrorResponses errors = new SecurityErrorResponses(messages, json);
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/error").permitAll()
                        .requestMatchers(HttpMethod.GET, DemoTokensController.PATH).permitAll()
                        // the explorer and the SDL (404 where switched off, as under prod); the public libraries it loads
                        .requestMatchers(HttpMethod.GET, "/graphiql", "/graphiql/**", "/graphql/schema", "/webjars/**")
                        .permitAll()
                        .requestMatchers("/actuator/**").access(OperatorRole.required())
                        .anyRequest().authenticated())
                .cors(browsers -> browsers.configurationSource(BrowserOrigins.forGraphQlEndpoint(cors, graphQlPath)))
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(errors).accessDeniedHandler(errors))
                .oauth2ResourceServer(server -> server.jwt(jwt -> { })
                        .authenticationEntryPoint(errors).accessDeniedHandler(errors));
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
