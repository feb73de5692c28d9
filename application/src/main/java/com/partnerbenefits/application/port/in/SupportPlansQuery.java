package com.partnerbenefits.application.port.in;

import com.partnerbenefits.application.port.in.LinkedContractsQuery.LinkedContract;
import com.partnerbenefits.domain.contract.UnavailabilityReason;
import com.partnerbenefits.domain.contract.WayForward;
import com.partnerbenefits.domain.product.Product;
import com.partnerbenefits.domain.product.ProductId;
import com.partnerbenefits.domain.product.ProductVersion;
import java.util.List;

/**
 * The support-plan picker: for a product version, the viewer's linked contracts that can be used and
 * those that cannot, each with every reason. Unknown product or version: NOT_FOUND.
 */
public interface SupportPlansQuery {

    /** The plan picker refuses nothing of its own (only INVALID_INPUT and NOT_FOUND, see {@link RefusalReason}). */
    enum Reason implements RefusalReason {
    }

    record Unavailable(LinkedContract plan, List<UnavailabilityReason> reasons) {
    }

    /**
     * The plans for this product version, which the answer names so it can explain the reasons; when
     * none is available, the paid plans to buy instead ({@code wayForward}, otherwise empty).
     */
    record SupportPlans(Product product, ProductVersion version, List<LinkedContract> available,
            List<Unavailable> unavailable, List<WayForward> wayForward) {
    }

    Result<SupportPlans, Reason> supportPlans(Viewer viewer, ProductId product, String productVersion);
}
