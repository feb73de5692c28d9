package com.partnerbenefits.application.service;

import com.partnerbenefits.application.port.in.ProductCatalogQuery;
import com.partnerbenefits.application.port.out.ProductStore;
import com.partnerbenefits.domain.product.Product;
import com.partnerbenefits.domain.product.ProductId;
import java.util.List;
import java.util.Optional;

public class ProductCatalogService implements ProductCatalogQuery {

    private final ProductStore products;

    public ProductCatalogService(ProductStore products) {
        this.products = products;
    }

    @Override
    public List<Product> products() {
        return products.allProducts();
    }

    @Override
    public Optional<Product> findProduct(ProductId id) {
        return products.findProduct(id);
    }
}
