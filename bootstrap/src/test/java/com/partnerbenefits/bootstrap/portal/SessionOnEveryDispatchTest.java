package com.partnerbenefits.bootstrap.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mongodb.spring.session.MongoIndexedSessionRepository;
import org.mongodb.spring.session.MongoSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/**
 * A signed-in page's {@code POST /graphql} is answered as the signed-in user however its body arrives: one whose body
 * comes after its headers is read without blocking and goes on in an async dispatch ({@code HttpRequestGuard}), and the
 * session must be there too. Under load that was the page's intermittent 401 right after a good request.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "benefits.embedded-mongo.in-memory=true", "benefits.demo.enabled=false"})
class SessionOnEveryDispatchTest {

    private static final String LOGIN = "late.body@fabrikam.com";
    private static final String VIEWER = "{\"query\":\"{ viewer { account { login } } }\"}";

    @LocalServerPort
    int port;

    @Autowired
    MongoIndexedSessionRepository sessions;

    @Test
    void aSignedInPagesRequestWhoseBodyArrivesAfterItsHeadersIsAnsweredAsTheSignedInUser() throws Exception {
        String cookie = signedInSession();

        String atOnce = post(cookie, 0);
        String late = post(cookie, 300);

        assertThat(atOnce).startsWith("HTTP/1.1 200").contains(LOGIN);
        assertThat(late).as("the body sent 300 ms after the headers").startsWith("HTTP/1.1 200").contains(LOGIN);
    }

    /** A session as the sign-in leaves it (the ID token's user in the security context); its cookie's value. */
    private String signedInSession() {
        Instant now = Instant.now();
        OidcIdToken idToken = OidcIdToken.withTokenValue("id-token").subject("late-body").claim("email", LOGIN)
                .issuedAt(now).expiresAt(now.plusSeconds(3600)).build();
        DefaultOidcUser user = new DefaultOidcUser(List.of(new SimpleGrantedAuthority("OIDC_USER")), idToken);
        MongoSession session = sessions.createSession();
        session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY,
                new SecurityContextImpl(new OAuth2AuthenticationToken(user, user.getAuthorities(), PortalRegistration.ID)));
        sessions.save(session);
        return Base64.getEncoder().encodeToString(session.getId().getBytes(StandardCharsets.UTF_8));
    }

    /** POST /graphql as the page sends it (session cookie, CSRF token), the body {@code delayMillis} after the headers. */
    private String post(String session, long delayMillis) throws IOException, InterruptedException {
        byte[] body = VIEWER.getBytes(StandardCharsets.UTF_8);
        String headers = "POST /graphql HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nContent-Type: application/json\r\n"
                + "Cookie: " + PortalSignIn.SESSION_COOKIE + "=" + session + "; XSRF-TOKEN=page-token\r\n"
                + "X-XSRF-TOKEN: page-token\r\nContent-Length: " + body.length + "\r\nConnection: close\r\n\r\n";
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(30_000);
            socket.setTcpNoDelay(true);
            OutputStream out = socket.getOutputStream();
            out.write(headers.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            Thread.sleep(delayMillis);
            out.write(body);
            out.flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
