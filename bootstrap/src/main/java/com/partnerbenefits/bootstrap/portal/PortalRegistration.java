package com.partnerbenefits.bootstrap.portal;

import java.time.Duration;
import java.time.Instant;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientProperties;
import org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientPropertiesMapper;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;

/**
 * The pages' provider, from Spring Boot's own {@code spring.security.oauth2.client.*} properties, read when first
 * needed rather than at startup: Boot's repository discovers the issuer while the service starts, so a provider that
 * is down would stop the service (and the bearer-token API with it). A failed discovery is retried at most every
 * {@link #RETRY}; until one succeeds the pages say sign-in is unavailable.
 */
public final class PortalRegistration implements ClientRegistrationRepository {

    public static final String ID = "portal";
    static final Duration RETRY = Duration.ofSeconds(15);
    private static final Log LOG = LogFactory.getLog(PortalRegistration.class);

    /** What the pages can offer. */
    public enum State { NOT_CONFIGURED, AVAILABLE, UNAVAILABLE }

    private final OAuth2ClientProperties properties;
    private volatile ClientRegistration registration;
    private Instant nextAttempt = Instant.MIN;

    public PortalRegistration(OAuth2ClientProperties properties) {
        this.properties = properties;
    }

    public State state() {
        if (!properties.getRegistration().containsKey(ID)) {
            return State.NOT_CONFIGURED;
        }
        return findByRegistrationId(ID) == null ? State.UNAVAILABLE : State.AVAILABLE;
    }

    @Override
    public ClientRegistration findByRegistrationId(String registrationId) {
        if (!ID.equals(registrationId) || !properties.getRegistration().containsKey(ID)) {
            return null;
        }
        ClientRegistration known = registration;
        return known != null ? known : discover();
    }

    private synchronized ClientRegistration discover() {
        if (registration == null && !Instant.now().isBefore(nextAttempt)) {
            try {
                registration = new OAuth2ClientPropertiesMapper(properties).asClientRegistrations().get(ID);
            } catch (RuntimeException unreachable) {
                nextAttempt = Instant.now().plus(RETRY);
                LOG.warn("Sign-in is unavailable: the provider of registration '" + ID + "' could not be read ("
                        + unreachable.getMessage() + "); trying again in " + RETRY.toSeconds() + " s");
            }
        }
        return registration;
    }
}
