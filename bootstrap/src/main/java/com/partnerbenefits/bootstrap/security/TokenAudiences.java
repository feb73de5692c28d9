package com.partnerbenefits.bootstrap.security;

import java.util.List;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * The audiences a token must name one of: Spring Boot's own
 * {@code spring.security.oauth2.resourceserver.jwt.audiences}, in list or comma-separated form.
 */
final class TokenAudiences {

    static final String PROPERTY = "spring.security.oauth2.resourceserver.jwt.audiences";

    private TokenAudiences() {
    }

    static List<String> configured(Environment environment) {
        return Binder.get(environment).bind(PROPERTY, Bindable.listOf(String.class)).orElse(List.of()).stream()
                .filter(StringUtils::hasText).toList();
    }
}
