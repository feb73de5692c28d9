package com.partnerbenefits.application.port.in;

import com.partnerbenefits.domain.incident.Incident;
import com.partnerbenefits.domain.incident.IncidentRequest;
import com.partnerbenefits.domain.product.Product;
import com.partnerbenefits.domain.shared.Validation;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Raising an incident consumes one from the linked contract at creation (nothing from an unlimited
 * one, nothing under the Cloud Solution Provider plan). A replayed idempotency key answers the first
 * incident without consuming again; the same key with other input is refused (IDEMPOTENCY_KEY_REUSED).
 * Other refusals: CONTRACT_NOT_LINKED, CONTRACT_EXPIRED, NO_INCIDENTS_REMAINING, PRODUCT_KIND_NOT_COVERED,
 * PRODUCT_VERSION_NOT_SUPPORTED, CLOUD_SUPPORT_NOT_INCLUDED, NOT_AUTHORIZED (CSP plan; support engineers),
 * NOT_FOUND. The first response is due by {@code FirstResponsePolicy}, in the owning partner's time zone.
 */
public interface RaiseIncidentUseCase {

    /** What raising can refuse (besides INVALID_INPUT and NOT_FOUND, see {@link RefusalReason}). */
    enum Reason implements RefusalReason {
        NOT_AUTHORIZED,
        CONTRACT_NOT_LINKED,
        CONTRACT_EXPIRED,
        NO_INCIDENTS_REMAINING,
        PRODUCT_KIND_NOT_COVERED,
        CLOUD_SUPPORT_NOT_INCLUDED,
        PRODUCT_VERSION_NOT_SUPPORTED,
        IDEMPOTENCY_KEY_REUSED
    }

    /**
     * The incident, its contract (with the membership that decides its status) as it stands after the
     * incident was taken from it, and the incident's product: all a payload shows, with no read of its own.
     */
    record Raised(Incident incident, Optional<BenefitContract> contract, Optional<Product> product) {
    }

    Result<Raised, Reason> raise(Viewer viewer, Command command);

    record Command(IncidentRequest request, String idempotencyKey) {

        public static Command of(IncidentRequest request, String idempotencyKey) {
            return of(() -> request, idempotencyKey);
        }

        /** Checks the request and the key together, so every violation is reported at once. */
        public static Command of(Supplier<IncidentRequest> request, String idempotencyKey) {
            Validation validation = new Validation();
            IncidentRequest checked = validation.attempt(request);
            validation.text("idempotencyKey", idempotencyKey, 1, Incident.MAX_IDEMPOTENCY_KEY);
            validation.throwIfInvalid();
            return new Command(checked, idempotencyKey.strip());
        }
    }
}
