package com.partnerbenefits.application.port.out;

/**
 * An endpoint's signing secret, derived from its ID with a key only the service holds (never stored),
 * so reading the database alone does not let anyone sign a delivery.
 */
public interface WebhookSecrets {

    /** The secret ({@code whsec_…}) of the endpoint with that ID; the same on every call and instance. */
    String secretOf(String endpointId);
}
