package com.partnerbenefits.application.fake;

import com.partnerbenefits.application.port.out.ProductVersionStore;

import com.partnerbenefits.application.port.out.ProductStore;
import com.partnerbenefits.domain.product.Product;
import com.partnerbenefits.domain.product.ProductId;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Products in memory, one per name ignoring case, like the store's unique index; listed by name. */
public class InMemoryProductStore implements ProductStore, ProductVersionStore {

    private final Map<ProductId, Product> products = new ConcurrentHashMap<>();
    private final Map<String, ProductId> productByName = new ConcurrentHashMap<>();

    @Override
    public boolean addIfNameFree(Product product) {
        if (productByName.putIfAbsent(nameKey(product), product.id()) != null) {
            return false;
        }
        products.put(product.id(), product);
        return true;
    }

    @Override
    public List<Product> allProducts() {
        return products.values().stream().sorted(Comparator.comparing(InMemoryProductStore::nameKey)).toList();
    }

    @Override
    public Optional<Product> findProduct(ProductId id) {
        return Optional.ofNullable(products.get(id));
    }

    private static String nameKey(Product product) {
        return product.name().toLowerCase(Locale.ROOT);
    }

    @Override
    public synchronized boolean replaceVersionsIf(ProductId id, List<String> expected, List<String> versions) {
        Product current = products.get(id);
        if (current == null || !current.versions().equals(expected)) {
            return false;
        }
        products.put(id, new Product(id, current.name(), current.kind(), versions));
        return true;
    }

    /** Every product, for the operator's listings. */
    java.util.Collection<Product> all() {
        return products.values();
    }
}
