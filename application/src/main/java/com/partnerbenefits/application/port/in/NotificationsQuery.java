package com.partnerbenefits.application.port.in;

import com.partnerbenefits.domain.notification.ContractName;
import com.partnerbenefits.domain.contract.SupportContractId;
import com.partnerbenefits.domain.notification.Notification;
import com.partnerbenefits.domain.notification.Preferences;
import com.partnerbenefits.domain.shared.Page;
import java.util.Map;
import java.util.Optional;

/** The viewer's notifications in the product, newest first, with the names of the contracts they are about. */
public interface NotificationsQuery {

    Listed notifications(Viewer viewer, boolean unreadOnly, int first, Optional<String> after);

    long unreadCount(Viewer viewer);

    Preferences preferences(Viewer viewer);

    record Listed(Page<Notification> page, Map<SupportContractId, ContractName> contracts) {
    }
}
