package com.partnerbenefits.domain.notification;

import java.util.Objects;

/** A notification in the product, as one reader sees it: its occurrence, and whether that reader read it. */
public record Notification(String id, Occurrence occurrence, boolean read) {

    public Notification {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(occurrence, "occurrence");
    }
}
