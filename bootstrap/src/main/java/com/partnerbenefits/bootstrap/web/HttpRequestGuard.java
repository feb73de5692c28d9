package com.partnerbenefits.bootstrap.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.cors.CorsUtils;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Turns away what cannot be a GraphQL request before anything reads it: another method than POST,
 * a body that does not say it is JSON, a body declared over the limit. Each is answered through the
 * error page, so it gets the API's error shape and code (see {@link HttpErrorShape}).
 */
public class HttpRequestGuard extends OncePerRequestFilter {

    private static final MediaType GRAPHQL_JSON = MediaType.parseMediaType("application/graphql+json");

    private final String path;
    private final long maxBytes;

    public HttpRequestGuard(String path, long maxBytes) {
        this.path = path;
        this.maxBytes = maxBytes;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !path.equals(request.getRequestURI());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (CorsUtils.isPreFlightRequest(request)) {
            chain.doFilter(request, response); // a browser's CORS preflight: answered by the CORS rules
        } else if (!"POST".equals(request.getMethod())) {
            response.setHeader("Allow", "POST");
            response.sendError(HttpStatus.METHOD_NOT_ALLOWED.value());
        } else if (!isJson(request.getContentType())) {
            response.sendError(HttpStatus.UNSUPPORTED_MEDIA_TYPE.value());
        } else if (request.getContentLengthLong() > maxBytes) {
            response.sendError(HttpStatus.CONTENT_TOO_LARGE.value());
        } else {
            chain.doFilter(request, response);
        }
    }

    private static boolean isJson(String contentType) {
        try {
            MediaType type = MediaType.parseMediaType(contentType);
            return MediaType.APPLICATION_JSON.isCompatibleWith(type) || GRAPHQL_JSON.isCompatibleWith(type);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
