package com.partnerbenefits.application.port.in;

import com.partnerbenefits.domain.product.Product;
import com.partnerbenefits.domain.product.ProductId;
import java.util.List;
import java.util.Optional;

/** The support catalog, readable by anyone signed in. */
public interface ProductCatalogQuery {

    List<Product> products();

    Optional<Product> findProduct(ProductId id);
}
