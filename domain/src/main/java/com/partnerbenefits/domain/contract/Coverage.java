package com.partnerbenefits.domain.contract;

import com.partnerbenefits.domain.benefit.BenefitKind;
import com.partnerbenefits.domain.product.Product;
import com.partnerbenefits.domain.product.ProductKind;
import com.partnerbenefits.domain.product.ProductVersion;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Whether a contract can be used today for a product version, and if not, every reason why. */
public final class Coverage {

    private Coverage() {
    }

    /** Empty when the contract covers the version today; otherwise the reasons, most fundamental first. */
    public static List<UnavailabilityReason> reasons(SupportContract contract, LocalDate endsOn, Product product,
            ProductVersion version, LocalDate today) {
        List<UnavailabilityReason> reasons = new ArrayList<>();
        ContractStatus status = contract.statusOn(today, endsOn);
        if (status == ContractStatus.EXPIRED) {
            reasons.add(UnavailabilityReason.EXPIRED);
        }
        if (!contract.allowance().unlimited() && contract.incidentsRemaining() == 0) {
            reasons.add(UnavailabilityReason.EXHAUSTED);
        }
        if (coveredKind(contract.benefitId().kind()) != product.kind()) {
            reasons.add(UnavailabilityReason.PRODUCT_KIND_NOT_COVERED);
        } else if (!version.supported()) {
            reasons.add(UnavailabilityReason.PRODUCT_VERSION_NOT_SUPPORTED);
        }
        return List.copyOf(reasons);
    }

    private static ProductKind coveredKind(BenefitKind kind) {
        return kind == BenefitKind.SIGNATURE_CLOUD_SUPPORT ? ProductKind.CLOUD : ProductKind.ON_PREMISES;
    }
}
