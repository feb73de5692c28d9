package com.partnerbenefits.domain.incident;

import com.partnerbenefits.domain.shared.Validation;
import java.time.Instant;
import java.util.Objects;

/** How and when a support engineer resolved an incident; the note is for the people who raised it. */
public record Resolution(ResolutionCause cause, String note, Instant at) {

    public static final int MAX_NOTE = 10_000;

    public Resolution {
        Objects.requireNonNull(cause, "cause");
        Objects.requireNonNull(at, "at");
        note = note == null ? "" : note;
    }

    /** Checks the engineer's input, collecting every violation. */
    public static Resolution of(ResolutionCause cause, String note, Instant at) {
        return new Resolution(cause, checked(cause, note), at);
    }

    /** The note as kept (stripped, "" when absent), once the cause and the note are checked. */
    public static String checked(ResolutionCause cause, String note) {
        Validation validation = new Validation();
        validation.present("cause", cause);
        if (note != null) {
            validation.multilineText("note", note, 0, MAX_NOTE);
        }
        validation.throwIfInvalid();
        return note == null ? "" : note.strip();
    }

    /** Microsoft's rule: see {@link ResolutionCause#givesIncidentBack()}. */
    public boolean givesIncidentBack() {
        return cause.givesIncidentBack();
    }
}
