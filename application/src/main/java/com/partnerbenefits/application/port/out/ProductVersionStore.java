package com.partnerbenefits.application.port.out;

import com.partnerbenefits.domain.product.ProductId;
import java.util.List;

/** Changes a product's versions, which every instance reads afresh on each request. */
public interface ProductVersionStore {

    /**
     * Sets the versions only if they are still {@code expected} (one conditional update, so a
     * concurrent change is never overwritten); answers whether it did.
     */
    boolean replaceVersionsIf(ProductId product, List<String> expected, List<String> versions);
}
