package com.partnerbenefits.application.service;

import com.partnerbenefits.application.access.AccessPolicy;
import com.partnerbenefits.application.port.in.Refusal;
import com.partnerbenefits.application.port.in.RegisterProductUseCase;
import com.partnerbenefits.application.port.in.Result;
import com.partnerbenefits.application.port.in.Viewer;
import com.partnerbenefits.application.port.out.IdGenerator;
import com.partnerbenefits.application.port.out.ProductStore;
import com.partnerbenefits.domain.product.Product;
import com.partnerbenefits.domain.product.ProductId;
import com.partnerbenefits.domain.shared.FieldViolation;
import com.partnerbenefits.domain.shared.ViolationRule;

public class RegisterProductService implements RegisterProductUseCase {

    private final AccessPolicy policy;
    private final ProductStore products;
    private final IdGenerator ids;

    public RegisterProductService(AccessPolicy policy, ProductStore products, IdGenerator ids) {
        this.policy = policy;
        this.products = products;
        this.ids = ids;
    }

    @Override
    public Result<Product, RegisterProductUseCase.Reason> registerProduct(Viewer viewer, Command command) {
        if (!policy.mayOperate(viewer)) {
            return Result.refused(RegisterProductUseCase.Reason.NOT_AUTHORIZED);
        }
        Product product = new Product(new ProductId(ids.newId()), command.name(), command.kind(), command.versions());
        if (!products.addIfNameFree(product)) {
            return Result.refused(Refusal.invalid(FieldViolation.of("name", ViolationRule.ALREADY_TAKEN)));
        }
        return Result.succeeded(product);
    }
}
