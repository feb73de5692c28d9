package com.partnerbenefits.bootstrap.config;

import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code benefits.public-url}: where clients reach the service, as configured, never as a request's Host header says.
 *
 * @param publicUrl The service's public address (https://benefits.example.com, no path, query or fragment), named in
 *                  the 401 challenge's resource_metadata and as the resource of /.well-known/oauth-protected-resource.
 *                  Empty (the default): the challenge names no metadata and that document is not served.
 */
@ConfigurationProperties("benefits")
public record PublicUrlProperties(@SettingRules.EmptyOrOrigin String publicUrl) {

    /** The configured address without a trailing slash, if one is configured. */
    public Optional<String> configured() {
        return publicUrl == null || publicUrl.isBlank() ? Optional.empty()
                : Optional.of(publicUrl.strip().replaceAll("/+$", ""));
    }
}
