package com.partnerbenefits.bootstrap.security;

import org.springframework.boot.graphql.autoconfigure.GraphQlCorsProperties;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

/**
 * The CORS rules of Boot's {@code spring.graphql.cors.*} properties, handed to Spring Security as well,
 * so a preflight is answered before authentication and a 401 still tells a listed origin what went
 * wrong. No origin listed (the default): no CORS headers at all.
 */
final class BrowserOrigins {

    private BrowserOrigins() {
    }

    static CorsConfigurationSource forGraphQlEndpoint(GraphQlCorsProperties properties, String path) {
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        CorsConfiguration configuration = properties.toCorsConfiguration();
        if (configuration != null) {
            source.registerCorsConfiguration(path, configuration);
        }
        return source;
    }
}
