package com.partnerbenefits.domain.contract;

import com.partnerbenefits.domain.benefit.BenefitKind;
import java.util.Objects;

/**
 * A paid plan to buy when no plan can be used ("you need to purchase a new support plan"): one that
 * covers this kind of product, and whether it covers this version too.
 */
public record WayForward(BenefitKind kind, boolean covers) {

    public WayForward {
        Objects.requireNonNull(kind, "kind");
        if (!kind.paid()) {
            throw new IllegalArgumentException(kind + " cannot be bought");
        }
    }
}
