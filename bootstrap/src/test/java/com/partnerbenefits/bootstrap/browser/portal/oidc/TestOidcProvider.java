package com.partnerbenefits.bootstrap.browser.portal.oidc;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.http.converter.autoconfigure.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.security.oauth2.server.authorization.autoconfigure.servlet.OAuth2AuthorizationServerAutoConfiguration;
import org.springframework.boot.security.oauth2.server.authorization.autoconfigure.servlet.OAuth2AuthorizationServerJwtAutoConfiguration;
import org.springframework.boot.tomcat.autoconfigure.servlet.TomcatServletWebServerAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/**
 * A real OpenID Connect provider for the sign-in tests: Spring Authorization Server, configured by Spring Boot's
 * {@code spring.security.oauth2.authorizationserver.*} properties, on {@code http://localhost:<port>} (another site
 * than the service's {@code 127.0.0.1}). Its users sign in with the password {@link #PASSWORD}; their ID tokens carry
 * {@code email} and, for some, a Microsoft-style {@code tid}. The client {@code portal} may return to any of the
 * service ports given. In a package of its own: a {@code @SpringBootTest} beside it would boot it instead of the service.
 */
@SpringBootConfiguration(proxyBeanMethods = false)
@ImportAutoConfiguration({TomcatServletWebServerAutoConfiguration.class, DispatcherServletAutoConfiguration.class,
        WebMvcAutoConfiguration.class, HttpMessageConvertersAutoConfiguration.class, JacksonAutoConfiguration.class,
        SecurityAutoConfiguration.class, ServletWebSecurityAutoConfiguration.class,
        SecurityFilterAutoConfiguration.class, OAuth2AuthorizationServerAutoConfiguration.class,
        OAuth2AuthorizationServerJwtAutoConfiguration.class})
public class TestOidcProvider {

    public static final String CLIENT_ID = "partner-benefits";
    public static final String CLIENT_SECRET = "portal-test-secret";
    public static final String PASSWORD = "correct horse battery staple";
    public static final String CONSUMER_TENANT = "9188040d-6c67-4c5b-b112-36a304b66dad";
    /** Who may sign in, and the {@code tid} their ID token carries (none for ""). */
    public static final Map<String, String> USERS = Map.of(
            "admin@fabrikam.com", "",
            "someone@outlook.com", CONSUMER_TENANT,
            "owner@adatum.com", "5f0bd1a2-1c2d-4e5f-8a9b-0c1d2e3f4a5b");

    @Bean
    UserDetailsService users() {
        return new InMemoryUserDetailsManager(USERS.keySet().stream()
                .map(login -> User.withUsername(login).password("{noop}" + PASSWORD).roles("USER").build()).toList());
    }

    /** The ID token says who signed in the way Microsoft Entra ID does: {@code email}, and {@code tid} where known. */
    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> idTokenClaims() {
        return context -> {
            if (OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue())) {
                String login = context.getPrincipal().getName();
                context.getClaims().claim("email", login);
                String tenant = USERS.getOrDefault(login, "");
                if (!tenant.isEmpty()) {
                    context.getClaims().claim("tid", tenant);
                }
            }
        };
    }

    /** Starts the provider on {@code port}, its client returning to the service on any of {@code servicePorts}. */
    public static ConfigurableApplicationContext start(int port, int... servicePorts) {
        String prefix = "--spring.security.oauth2.authorizationserver.client.portal.";
        List<String> redirects = java.util.Arrays.stream(servicePorts)
                .mapToObj(p -> "http://127.0.0.1:" + p + "/login/oauth2/code/portal").toList();
        List<String> afterLogout = java.util.Arrays.stream(servicePorts).mapToObj(p -> "http://127.0.0.1:" + p + "/").toList();
        String[] args = Stream.of("--spring.config.name=test-oidc-provider", "--server.port=" + port,
                "--spring.main.banner-mode=off",
                "--spring.security.oauth2.authorizationserver.issuer=" + issuer(port),
                prefix + "registration.client-id=" + CLIENT_ID,
                prefix + "registration.client-secret={noop}" + CLIENT_SECRET,
                prefix + "registration.client-authentication-methods=client_secret_basic",
                prefix + "registration.authorization-grant-types=authorization_code,refresh_token",
                prefix + "registration.redirect-uris=" + String.join(",", redirects),
                prefix + "registration.post-logout-redirect-uris=" + String.join(",", afterLogout),
                prefix + "registration.scopes=openid,profile,email",
                prefix + "require-authorization-consent=false",
                prefix + "require-proof-key=true").toArray(String[]::new);
        return new SpringApplicationBuilder(TestOidcProvider.class).run(args);
    }

    public static String issuer(int port) {
        return "http://localhost:" + port;
    }

    /** The service's settings for this provider: Spring Boot's own client properties, as the README gives them. */
    public static List<String> clientSettings(int port) {
        return List.of("--spring.security.oauth2.client.registration.portal.client-id=" + CLIENT_ID,
                "--spring.security.oauth2.client.registration.portal.client-secret=" + CLIENT_SECRET,
                "--spring.security.oauth2.client.registration.portal.scope=openid,profile,email",
                "--spring.security.oauth2.client.provider.portal.issuer-uri=" + issuer(port));
    }
}
