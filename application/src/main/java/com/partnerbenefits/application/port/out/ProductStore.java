package com.partnerbenefits.application.port.out;

import com.partnerbenefits.domain.product.Product;
import com.partnerbenefits.domain.product.ProductId;
import java.util.List;
import java.util.Optional;

public interface ProductStore {

    /** Stores the product unless one has that name (ignoring case); atomic (unique index). */
    boolean addIfNameFree(Product product);

    /** Every product, by name. */
    List<Product> allProducts();

    Optional<Product> findProduct(ProductId id);
}
