package com.partnerbenefits.domain.notification;

/** How a notification reaches its recipient; each (occurrence, recipient, channel) is delivered once. */
public enum Channel {
    IN_PRODUCT,
    EMAIL,
    WEBHOOK
}
