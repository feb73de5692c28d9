package com.partnerbenefits.bootstrap.portal;

import com.partnerbenefits.bootstrap.config.PortalProperties;
import com.partnerbenefits.bootstrap.security.SignInLogins;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.mongodb.spring.session.MongoIndexedSessionRepository;
import org.mongodb.spring.session.config.annotation.web.http.EnableMongoHttpSession;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.RedirectStrategy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.DefaultCookieSerializer;
import tools.jackson.databind.json.JsonMapper;

/**
 * The pages' sign-in (SPEC 5.2): Spring Security's OpenID Connect login with the {@code portal} registration
 * (authorization code, PKCE, nonce, state), the tokens kept in the server-side session (backend for frontend),
 * the session in MongoDB (MongoDB's Spring Session store) so any instance serves it, and {@code POST /logout}
 * with RP-initiated logout. The browser holds only the {@code HttpOnly}, {@code SameSite=Lax} session cookie
 * and the CSRF cookie the pages send back as {@code X-XSRF-TOKEN}.
 */
@Configuration(proxyBeanMethods = false)
@EnableMongoHttpSession(collectionName = PortalSignIn.SESSIONS)
@EnableConfigurationProperties(OAuth2ClientProperties.class)
public class PortalSignIn {

    public static final String SESSIONS = "portal_sessions";
    /** Spring Session's cookie: its presence is what makes a request need the CSRF token (SecurityConfiguration). */
    public static final String SESSION_COOKIE = "SESSION";
    static final String AUTHORIZATION = "/oauth2/authorization";
    static final String STATE = "/auth/session";
    private static final String[] PATHS = {AUTHORIZATION + "/**", "/login/oauth2/code/**", "/logout", STATE};

    @Bean
    PortalRegistration portalRegistration(OAuth2ClientProperties properties) {
        return new PortalRegistration(properties);
    }

    /** The provider's tokens stay in the session, so every instance has them (Spring's default keeps them in memory). */
    @Bean
    OAuth2AuthorizedClientRepository authorizedClientRepository() {
        return new HttpSessionOAuth2AuthorizedClientRepository();
    }

    @Bean
    SessionRepositoryCustomizer<MongoIndexedSessionRepository> sessionIdle(PortalProperties portal) {
        return sessions -> sessions.setDefaultMaxInactiveInterval(portal.sessionIdle());
    }

    /**
     * Spring Session's filter on async and error dispatches too, as Spring Boot's own session support registers it
     * (Boot would register this bare filter for plain requests only). {@code HttpRequestGuard} reads a body that is
     * still on its way without blocking and passes the request on in an async dispatch: without the session there,
     * a signed-in page's request whose body came late found no session and was answered 401.
     */
    @Bean
    FilterRegistrationBean<SessionRepositoryFilter<?>> sessionFilterOnEveryDispatch(SessionRepositoryFilter<?> sessions) {
        FilterRegistrationBean<SessionRepositoryFilter<?>> registration = new FilterRegistrationBean<>(sessions);
        registration.setDispatcherTypes(DispatcherType.ASYNC, DispatcherType.ERROR, DispatcherType.REQUEST);
        registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER);
        return registration;
    }

    /** HttpOnly and SameSite=Lax always; Secure when {@code server.servlet.session.cookie.secure} (on under prod). */
    @Bean
    CookieSerializer sessionCookie(Environment environment) {
        DefaultCookieSerializer cookie = new DefaultCookieSerializer();
        cookie.setCookieName(SESSION_COOKIE);
        cookie.setUseHttpOnlyCookie(true);
        cookie.setSameSite("Lax");
        Boolean secure = environment.getProperty("server.servlet.session.cookie.secure", Boolean.class);
        if (secure != null) {
            cookie.setUseSecureCookie(secure);
        }
        return cookie;
    }

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE + 1)
    SecurityFilterChain signIn(HttpSecurity http, PortalRegistration registration, PortalProperties portal,
            JsonMapper json) throws Exception {
        OidcClientInitiatedLogoutSuccessHandler loggedOut = new OidcClientInitiatedLogoutSuccessHandler(registration);
        loggedOut.setPostLogoutRedirectUri("{baseUrl}/");
        loggedOut.setRedirectStrategy(new PageRedirects(json));
        http.securityMatcher(PATHS)
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(csrf -> csrf.spa())
                .requestCache(cache -> cache.disable())
                .oauth2Login(login -> login.loginPage("/")
                        .authorizationEndpoint(endpoint -> endpoint.authorizationRequestResolver(withPkce(registration)))
                        .userInfoEndpoint(users -> users.oidcUserService(SignInLogins.checked(portal)))
                        .defaultSuccessUrl("/", true)
                        .failureUrl("/?sign-in=refused"))
                .logout(logout -> logout.logoutSuccessHandler(loggedOut));
        return http.build();
    }

    /**
     * PKCE for confidential clients too; while the provider cannot be read the request goes on to
     * {@link SignInController}, which sends the page back saying sign-in is unavailable.
     */
    private static OAuth2AuthorizationRequestResolver withPkce(PortalRegistration registration) {
        DefaultOAuth2AuthorizationRequestResolver resolver = new DefaultOAuth2AuthorizationRequestResolver(registration,
                AUTHORIZATION);
        resolver.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
        return new OAuth2AuthorizationRequestResolver() {
            @Override
            public OAuth2AuthorizationRequest resolve(
                    HttpServletRequest request) {
                return registration.state() == PortalRegistration.State.AVAILABLE ? resolver.resolve(request) : null;
            }

            @Override
            public OAuth2AuthorizationRequest resolve(
                    HttpServletRequest request, String registrationId) {
                return registration.state() == PortalRegistration.State.AVAILABLE
                        ? resolver.resolve(request, registrationId) : null;
            }
        };
    }

    /**
     * Where the page goes after signing out: a page that asks for JSON (its {@code fetch} carries the CSRF header)
     * reads the address, the provider's end-session endpoint or {@code /}, and goes there itself; anything else is
     * redirected. A form's redirect to the provider would be blocked by the page's {@code form-action 'self'}.
     */
    private record PageRedirects(JsonMapper json) implements RedirectStrategy {

        @Override
        public void sendRedirect(HttpServletRequest request, HttpServletResponse response, String url)
                throws IOException {
            String accept = request.getHeader("Accept");
            if (accept != null && accept.contains(MediaType.APPLICATION_JSON_VALUE)) {
                response.setContentType(MediaType.APPLICATION_JSON_VALUE);
                json.writeValue(response.getOutputStream(), Map.of("redirect", url));
            } else {
                new DefaultRedirectStrategy().sendRedirect(request, response, url);
            }
        }
    }
}
