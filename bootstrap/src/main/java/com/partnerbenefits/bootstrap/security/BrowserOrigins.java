package com.partnerbenefits.bootstrap.security;

import com.partnerbenefits.adapter.graphql.support.ApiMessages;
import com.partnerbenefits.bootstrap.web.HttpErrorShape;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springframework.boot.graphql.autoconfigure.GraphQlCorsProperties;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsProcessor;
import org.springframework.web.cors.DefaultCorsProcessor;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import org.springframework.web.filter.CorsFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * The CORS rules of Boot's {@code spring.graphql.cors.*} properties, applied by Spring Security's filter chain as well,
 * so a preflight is answered before authentication and a 401 still tells a listed origin what went wrong. No origin
 * listed (the default): no CORS headers at all. A request the rules refuse (an origin not listed, a method or header
 * not allowed) is 403 in the API's error shape, where Spring writes a plain-text "Invalid CORS request".
 */
final class BrowserOrigins implements CorsProcessor {

    /** Spring's rules, with its plain-text refusal left out: the refusal is written below. */
    private final CorsProcessor rules = new DefaultCorsProcessor() {
        @Override
        protected void rejectRequest(ServerHttpResponse response) {
            response.setStatusCode(HttpStatus.FORBIDDEN);
        }
    };
    private final ApiMessages messages;
    private final JsonMapper json;

    private BrowserOrigins(ApiMessages messages, JsonMapper json) {
        this.messages = messages;
        this.json = json;
    }

    static CorsFilter forGraphQlEndpoint(GraphQlCorsProperties properties, String path, ApiMessages messages,
            JsonMapper json) {
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        CorsConfiguration configuration = properties.toCorsConfiguration();
        if (configuration != null) {
            source.registerCorsConfiguration(path, configuration);
        }
        CorsFilter filter = new CorsFilter(source);
        filter.setCorsProcessor(new BrowserOrigins(messages, json));
        return filter;
    }

    @Override
    public boolean processRequest(CorsConfiguration configuration, HttpServletRequest request,
            HttpServletResponse response) throws IOException {
        if (rules.processRequest(configuration, request, response)) {
            return true;
        }
        Locale locale = ApiMessages.negotiate(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
        response.setStatus(HttpStatus.FORBIDDEN.value());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(),
                HttpErrorShape.body(messages.get("http.ORIGIN_REFUSED", locale), "NOT_AUTHORIZED", "FORBIDDEN"));
        return false;
    }
}
