package com.partnerbenefits.application.port.out;

import com.partnerbenefits.domain.notification.WebhookEndpoint;

/**
 * Sends a signed test delivery to an endpoint at once, the way every delivery is sent (signature,
 * address checks, timeout), and answers how the receiver took it; nothing is stored or retried.
 */
public interface WebhookTestSender {

    NotificationSender.Outcome sendTest(WebhookEndpoint endpoint);
}
