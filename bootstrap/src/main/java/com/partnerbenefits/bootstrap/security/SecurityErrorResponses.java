package com.partnerbenefits.bootstrap.security;

import com.partnerbenefits.adapter.graphql.support.ApiMessages;
import com.partnerbenefits.bootstrap.web.HttpErrorShape;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.oauth2.server.resource.web.access.BearerTokenAccessDeniedHandler;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import tools.jackson.databind.json.JsonMapper;

/**
 * 401 and 403 in the API's error shape, so a client (a browser page too) can tell an expired token
 * ({@code TOKEN_EXPIRED}) from a missing or unusable one ({@code UNAUTHENTICATED}). Spring Security's
 * bearer-token handlers still set the status and the {@code WWW-Authenticate} header (RFC 6750).
 */
final class SecurityErrorResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final AuthenticationEntryPoint bearer = new BearerTokenAuthenticationEntryPoint();
    private final AccessDeniedHandler bearerDenied = new BearerTokenAccessDeniedHandler();
    private final ApiMessages messages;
    private final JsonMapper json;

    SecurityErrorResponses(ApiMessages messages, JsonMapper json) {
        this.messages = messages;
        this.json = json;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException, ServletException {
        bearer.commence(request, response, failure);
        String code = expired(failure) ? "TOKEN_EXPIRED" : "UNAUTHENTICATED";
        write(request, response, "http." + code, code, "UNAUTHORIZED");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException, ServletException {
        bearerDenied.handle(request, response, denied);
        write(request, response, "error.NOT_AUTHORIZED", "NOT_AUTHORIZED", "FORBIDDEN");
    }

    /** Spring's expiry check ({@code JwtTimestampValidator}) reports "Jwt expired at …"; nothing else says "expired". */
    static boolean expired(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof JwtValidationException invalid && invalid.getErrors().stream()
                    .anyMatch(error -> error.getDescription() != null
                            && error.getDescription().toLowerCase(Locale.ROOT).contains("expired"))) {
                return true;
            }
        }
        return false;
    }

    private void write(HttpServletRequest request, HttpServletResponse response, String messageKey, String code,
            String classification) throws IOException {
        Locale locale = ApiMessages.negotiate(request.getHeader("Accept-Language"));
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(),
                HttpErrorShape.body(messages.get(messageKey, locale), code, classification));
    }
}
