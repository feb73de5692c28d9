package com.partnerbenefits.bootstrap.security;

import com.partnerbenefits.bootstrap.config.GlobalIdsProperties;
import com.partnerbenefits.bootstrap.config.JwtProperties;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * What the {@code prod} profile requires before the service may start: tokens verified against an
 * issuer or JWK set (an HMAC secret only when explicitly allowed, and never the development one),
 * the audience such tokens must name (an issuer serves many applications; self-issued tokens need none),
 * a global-ID secret and a webhook key of its own. Every problem is named at once, with the setting that
 * fixes it.
 */
public final class ProductionSettings {

    static final String PROFILE = "prod";

    /** Runs the check while the bean factory is being set up, ahead of every bean. */
    public static final class Check implements BeanFactoryPostProcessor, EnvironmentAware {

        private Environment environment;

        @Override
        public void setEnvironment(Environment environment) {
            this.environment = environment;
        }

        @Override
        public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
            check(environment);
        }
    }

    private ProductionSettings() {
    }

    /** Fails with a message listing every missing setting; does nothing outside the prod profile. */
    public static void check(Environment environment) {
        if (!environment.matchesProfiles(PROFILE)) {
            return;
        }
        List<String> problems = new ArrayList<>();
        boolean issuer = StringUtils.hasText(environment.getProperty("spring.security.oauth2.resourceserver.jwt.issuer-uri"))
                || StringUtils.hasText(environment.getProperty("spring.security.oauth2.resourceserver.jwt.jwk-set-uri"));
        Binder binder = Binder.get(environment);
        JwtProperties jwt = binder.bindOrCreate("benefits.security.jwt", JwtProperties.class);
        String hmac = jwt.hmacSecret();
        boolean hmacAllowed = jwt.allowHmac();
        if (!issuer && !hmacAllowed) {
            problems.add("set spring.security.oauth2.resourceserver.jwt.issuer-uri or jwk-set-uri (SPRING_SECURITY_OAUTH2_"
                    + "RESOURCESERVER_JWT_ISSUER_URI); HMAC-signed tokens are refused unless benefits.security.jwt.allow-hmac=true");
        }
        if (!issuer && hmacAllowed && (!StringUtils.hasText(hmac) || hmac.equals(DevelopmentSecrets.JWT_HMAC_SECRET))) {
            problems.add("benefits.security.jwt.allow-hmac=true needs a secret of your own in BENEFITS_SECURITY_JWT_HMAC_SECRET");
        }
        if (issuer && TokenAudiences.configured(environment).isEmpty()) {
            problems.add("set " + TokenAudiences.PROPERTY + " (SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_AUDIENCES) to this "
                    + "service's audience, so tokens the issuer made for other applications are refused");
        }
        String globalIds = binder.bindOrCreate("benefits.global-ids", GlobalIdsProperties.class).secret();
        if (!StringUtils.hasText(globalIds) || globalIds.equals(DevelopmentSecrets.GLOBAL_IDS_SECRET)) {
            problems.add("set BENEFITS_GLOBAL_IDS_SECRET (benefits.global-ids.secret) to a secret of your own, and keep it stable");
        }
        String webhookKey = binder.bind("benefits.notifications.webhook-secret-key", String.class).orElse("");
        if (!StringUtils.hasText(webhookKey) || webhookKey.equals(DevelopmentSecrets.WEBHOOK_SECRET_KEY)) {
            problems.add("set BENEFITS_NOTIFICATIONS_WEBHOOK_SECRET_KEY (benefits.notifications.webhook-secret-key) to a key of your own, "
                    + "at least 32 bytes, and keep it stable: webhook endpoints' signing secrets are derived from it, and with the "
                    + "public development key anyone could sign deliveries");
        }
        if (!problems.isEmpty()) {
            throw new Missing(problems);
        }
    }

    /** The settings the prod profile lacks, each with the setting that fixes it ({@link MissingSettingsReport}). */
    public static final class Missing extends IllegalStateException {
        private final List<String> problems;

        Missing(List<String> problems) {
            super("The prod profile cannot start: " + String.join("; ", problems) + ".");
            this.problems = List.copyOf(problems);
        }

        public List<String> problems() {
            return problems;
        }
    }

    /** Whether a process started with these arguments and this environment runs the prod profile. */
    public static boolean requested(String[] args) {
        String fromArgs = List.of(args).stream().filter(arg -> arg.startsWith("--spring.profiles.active="))
                .map(arg -> arg.substring("--spring.profiles.active=".length())).findFirst().orElse("");
        String active = String.join(",", fromArgs, System.getProperty("spring.profiles.active", ""),
                System.getenv().getOrDefault("SPRING_PROFILES_ACTIVE", ""));
        return List.of(active.split(",")).stream().map(String::strip).anyMatch(PROFILE::equals);
    }
}
