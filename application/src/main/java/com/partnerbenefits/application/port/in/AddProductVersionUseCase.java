package com.partnerbenefits.application.port.in;

import com.partnerbenefits.domain.product.Product;
import com.partnerbenefits.domain.product.ProductId;
import java.util.Objects;

/**
 * Back office: an operator adds a product's newest version. The N-1 window moves at once for the
 * plan picker and for raising incidents, on every instance. A version the product has already is
 * INVALID_INPUT on {@code version}; an unknown product NOT_FOUND on {@code productId}.
 */
public interface AddProductVersionUseCase {

    /** What adding a version can refuse (besides INVALID_INPUT and NOT_FOUND, see {@link RefusalReason}). */
    enum Reason implements RefusalReason {
        NOT_AUTHORIZED,
        /** Concurrent changes kept winning; retry (SPEC 5.1). */
        CONFLICT
    }

    Result<Product, Reason> addProductVersion(Viewer viewer, Command command);

    /** The version is checked against the product's own, by the product. */
    record Command(ProductId productId, String version) {

        public Command {
            Objects.requireNonNull(productId, "productId");
        }
    }
}
