package com.partnerbenefits.bootstrap.security;

import com.partnerbenefits.adapter.graphql.support.ApiMessages;
import com.partnerbenefits.bootstrap.web.HttpErrorShape;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.http.HttpHeaders;
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
 * bearer-token handlers still set the status and the {@code WWW-Authenticate} header (RFC 6750); the
 * challenge's {@code resource_metadata} names the configured public URL, or is left out: Spring's default
 * builds it from the request's Host header, which a client chooses.
 */
final class SecurityErrorResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

    private static final Pattern RESOURCE_METADATA = Pattern.compile(",? ?resource_metadata=\"[^\"]*\"");

    private final BearerTokenAuthenticationEntryPoint bearer = new BearerTokenAuthenticationEntryPoint();
    private final AccessDeniedHandler bearerDenied = new BearerTokenAccessDeniedHandler();
    private final ApiMessages messages;
    private final JsonMapper json;
    private final Optional<String> resourceMetadata;

    SecurityErrorResponses(ApiMessages messages, JsonMapper json, Optional<String> resourceMetadata) {
        this.messages = messages;
        this.json = json;
        this.resourceMetadata = resourceMetadata;
        resourceMetadata.ifPresent(url -> bearer.setResourceMetadataParameterResolver(request -> url));
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException, ServletException {
        bearer.commence(request, resourceMetadata.isPresent() ? response : withoutResourceMetadata(response), failure);
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

    /**
     * Spring's entry point always adds a {@code resource_metadata} parameter (the only one it ends its challenge with);
     * with no public URL configured there is none to name, so it is cut off here.
     */
    private static HttpServletResponse withoutResourceMetadata(HttpServletResponse response) {
        return new HttpServletResponseWrapper(response) {
            @Override
            public void addHeader(String name, String value) {
                super.addHeader(name, HttpHeaders.WWW_AUTHENTICATE.equalsIgnoreCase(name) ? cut(value) : value);
            }

            @Override
            public void setHeader(String name, String value) {
                super.setHeader(name, HttpHeaders.WWW_AUTHENTICATE.equalsIgnoreCase(name) ? cut(value) : value);
            }

            private String cut(String challenge) {
                return RESOURCE_METADATA.matcher(challenge).replaceFirst("").strip();
            }
        };
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
