package com.partnerbenefits.application.port.in;

import com.partnerbenefits.domain.incident.Incident;
import com.partnerbenefits.domain.incident.IncidentId;
import com.partnerbenefits.domain.incident.Resolution;
import com.partnerbenefits.domain.incident.ResolutionCause;
import java.util.Objects;
import java.util.Optional;

/**
 * A support engineer resolves an OPEN or IN_PROGRESS incident with a cause and a note. A product
 * defect gives the incident back to its contract, exactly once, with a REFUNDED usage line that says
 * so; the other causes keep it taken. Refusals: NOT_AUTHORIZED (not a support engineer), NOT_FOUND,
 * INCIDENT_NOT_OPEN (already RESOLVED or WITHDRAWN).
 */
public interface ResolveIncidentUseCase {

    /** What resolving can refuse (besides INVALID_INPUT and NOT_FOUND, see {@link RefusalReason}). */
    enum Reason implements RefusalReason {
        NOT_AUTHORIZED,
        INCIDENT_NOT_OPEN
    }

    /** The resolved incident and its contract as it stands afterwards (empty under the CSP plan). */
    record Resolved(Incident incident, Optional<BenefitContract> contract) {
    }

    Result<Resolved, Reason> resolve(Viewer viewer, Command command);

    record Command(IncidentId incident, ResolutionCause cause, String note) {

        public Command {
            Objects.requireNonNull(incident, "incident");
        }

        /** Checks the cause and the note; the note is optional, several lines allowed. */
        public static Command of(IncidentId incident, ResolutionCause cause, String note) {
            return new Command(incident, cause, Resolution.checked(cause, note));
        }
    }
}
