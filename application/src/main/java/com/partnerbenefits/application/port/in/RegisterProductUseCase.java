package com.partnerbenefits.application.port.in;

import com.partnerbenefits.domain.product.Product;
import com.partnerbenefits.domain.product.ProductKind;
import com.partnerbenefits.domain.shared.Validation;
import java.util.List;

/** Back office: an operator adds a product, with its versions oldest first, to the support catalog. */
public interface RegisterProductUseCase {

    /** What registering a product can refuse (besides INVALID_INPUT and NOT_FOUND, see {@link RefusalReason}). */
    enum Reason implements RefusalReason {
        NOT_AUTHORIZED
    }

    Result<Product, Reason> registerProduct(Viewer viewer, Command command);

    record Command(String name, ProductKind kind, List<String> versions) {

        public static Command of(String name, ProductKind kind, List<String> versions) {
            Validation validation = new Validation();
            Product.check(validation, name, kind, versions);
            validation.throwIfInvalid();
            return new Command(name, kind, Product.withDefaultLine(kind, versions));
        }
    }
}
