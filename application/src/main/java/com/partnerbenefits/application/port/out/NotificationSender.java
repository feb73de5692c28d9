package com.partnerbenefits.application.port.out;

import com.partnerbenefits.domain.notification.Channel;
import com.partnerbenefits.domain.notification.ContractName;
import com.partnerbenefits.domain.notification.Delivery;
import com.partnerbenefits.domain.notification.Preferences;
import java.util.Optional;

/** Sends one delivery by its channel (e-mail, webhook); answers how it went, never throws for a refusal by the far end. */
public interface NotificationSender {

    Channel channel();

    Outcome send(Notice notice);

    /**
     * What a sender needs: the delivery, where it goes (an e-mail address, an endpoint ID), the
     * recipient's preferences (language) and the contract's name, when it is about one.
     */
    record Notice(Delivery delivery, String address, Preferences preferences, Optional<ContractName> contract) {
    }

    /** Whether the far end took it, and its status code where there is one. */
    record Outcome(boolean succeeded, Optional<Integer> statusCode) {

        public static Outcome ok(int status) {
            return new Outcome(true, Optional.of(status));
        }

        public static Outcome failed(Optional<Integer> status) {
            return new Outcome(false, status);
        }
    }
}
