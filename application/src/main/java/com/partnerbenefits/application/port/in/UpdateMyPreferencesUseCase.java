package com.partnerbenefits.application.port.in;

import com.partnerbenefits.domain.notification.Preferences;
import java.util.Optional;

/** The viewer's own language and e-mail choice; a field left out keeps its value. */
public interface UpdateMyPreferencesUseCase {

    Preferences update(Viewer viewer, Optional<String> language, Optional<Boolean> emailNotifications);
}
