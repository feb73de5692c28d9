package com.partnerbenefits.application.service;

import com.partnerbenefits.application.access.AccessPolicy;
import com.partnerbenefits.application.port.in.AddProductVersionUseCase;
import com.partnerbenefits.application.port.in.Refusal;
import com.partnerbenefits.application.port.in.Result;
import com.partnerbenefits.application.port.in.Viewer;
import com.partnerbenefits.application.port.out.ProductStore;
import com.partnerbenefits.application.port.out.ProductVersionStore;
import com.partnerbenefits.domain.product.Product;
import java.time.Clock;
import java.util.Optional;

/**
 * The product decides whether the version can be its newest; the store applies the decision only to
 * the versions it was taken on, and a concurrent change means deciding again on the new ones.
 */
public class AddProductVersionService implements AddProductVersionUseCase {

    static final int ATTEMPTS = 5;

    private final AccessPolicy policy;
    private final ProductStore products;
    private final ProductVersionStore versions;
    private final Clock clock;

    public AddProductVersionService(AccessPolicy policy, ProductStore products, ProductVersionStore versions, Clock clock) {
        this.clock = clock;
        this.policy = policy;
        this.products = products;
        this.versions = versions;
    }

    @Override
    public Result<Product, AddProductVersionUseCase.Reason> addProductVersion(Viewer viewer, Command command) {
        if (!policy.mayOperate(viewer)) {
            return Result.refused(AddProductVersionUseCase.Reason.NOT_AUTHORIZED);
        }
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Optional<Product> found = products.findProduct(command.productId());
            if (found.isEmpty()) {
                return Result.refused(Refusal.notFound("productId"));
            }
            Product added = found.get().withNewestVersion(command.version());
            if (versions.replaceVersionsIf(added.id(), found.get().versions(), added.versions())) {
                return Result.succeeded(added);
            }
        }
        return Result.refused(Refusal.conflict(AddProductVersionUseCase.Reason.CONFLICT, clock.instant()));
    }
}
