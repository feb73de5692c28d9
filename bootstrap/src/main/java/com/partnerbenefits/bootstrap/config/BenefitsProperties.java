package com.partnerbenefits.bootstrap.config;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.validation.Validator;

/**
 * Every {@code benefits.*} setting, one record per concern. Each record holds its defaults and constraints;
 * a bad value stops the start with the property, its value and the reason. The embedded store's
 * ({@code benefits.embedded-mongo.*}) are registered with it, in {@code EmbeddedMongoConfiguration}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({LimitsProperties.class, LinkingProperties.class, RateLimitProperties.class,
        StoreProperties.class, JwtProperties.class, GlobalIdsProperties.class, PortalProperties.class,
        PublicUrlProperties.class})
public class BenefitsProperties {

    /**
     * Boot checks every settings record it binds with the bean of this name ({@link SettingRules}). Infrastructure:
     * it is made before the other post-processors, so Spring would warn at every start that they skip it.
     */
    @Bean(EnableConfigurationProperties.VALIDATOR_BEAN_NAME)
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Validator configurationPropertiesValidator() {
        return new SettingsValidator();
    }
}
