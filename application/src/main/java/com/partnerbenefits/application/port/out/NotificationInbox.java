package com.partnerbenefits.application.port.out;

import com.partnerbenefits.domain.notification.Notification;
import com.partnerbenefits.domain.notification.Recipient;
import com.partnerbenefits.domain.partner.AccountId;
import com.partnerbenefits.domain.shared.Page;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;

/** The notifications in the product: the IN_PRODUCT deliveries, read by each reader for themself. */
public interface NotificationInbox {

    /** The notifications to any of these recipients, newest first, continuing after the one with that ID. */
    Page<Notification> notifications(Set<Recipient> to, AccountId reader, boolean unreadOnly, int first, Optional<String> after);

    /** How many of them the reader has not read. */
    long unread(Set<Recipient> to, AccountId reader);

    /** Marks those of these notifications that are to one of these recipients read by the reader; answers how many it found. */
    int markRead(Set<Recipient> to, AccountId reader, Collection<String> ids);
}
