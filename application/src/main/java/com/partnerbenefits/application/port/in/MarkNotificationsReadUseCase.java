package com.partnerbenefits.application.port.in;

import java.util.Collection;

/** Marks the viewer's notifications read (for this viewer only); IDs not theirs are ignored, as unknown ones. */
public interface MarkNotificationsReadUseCase {

    /** Answers how many of the IDs were the viewer's. */
    int markRead(Viewer viewer, Collection<String> ids);
}
