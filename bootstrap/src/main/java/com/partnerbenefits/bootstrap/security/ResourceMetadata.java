package com.partnerbenefits.bootstrap.security;

import com.partnerbenefits.bootstrap.web.HttpErrorShape;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code /.well-known/oauth-protected-resource} (RFC 9728), answered from {@code benefits.public-url} alone. Spring
 * Security's own document names whatever Host header the request carried as the resource and claims certificate-bound
 * tokens, which the service does not check; this filter answers first. With no public URL there is no document: 404
 * in the API's error shape, and the 401 challenge names none ({@link SecurityErrorResponses}).
 */
final class ResourceMetadata extends OncePerRequestFilter {

    static final String PATH = "/.well-known/oauth-protected-resource";

    private final Optional<String> publicUrl;
    private final HttpErrorShape errors;
    private final JsonMapper json;

    ResourceMetadata(Optional<String> publicUrl, HttpErrorShape errors, JsonMapper json) {
        this.publicUrl = publicUrl;
        this.errors = errors;
        this.json = json;
    }

    /** The document's address, named by the challenge's {@code resource_metadata}. */
    static Optional<String> url(Optional<String> publicUrl) {
        return publicUrl.map(url -> url + PATH);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !path.equals(PATH) && !path.startsWith(PATH + "/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (publicUrl.isEmpty()) {
            errors.write(response, HttpStatus.NOT_FOUND.value(), request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
            return;
        }
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noCache().getHeaderValue());
        json.writeValue(response.getOutputStream(),
                Map.of("resource", publicUrl.get(), "bearer_methods_supported", List.of("header")));
    }
}
