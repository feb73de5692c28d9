package com.partnerbenefits.bootstrap.portal;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * {@code GET /support} and {@code GET /operator} answer the support desk's and the back office's page
 * ({@code static/support.html}, {@code static/operator.html}), as {@code /} answers the partner portal's,
 * under the same filter chain and Content-Security-Policy ({@link PortalSecurity}).
 */
@Configuration(proxyBeanMethods = false)
public class PageRoutes implements WebMvcConfigurer {

    public static final String SUPPORT = "/support";
    public static final String OPERATOR = "/operator";

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        registry.addViewController(SUPPORT).setViewName("forward:/support.html");
        registry.addViewController(OPERATOR).setViewName("forward:/operator.html");
    }
}
