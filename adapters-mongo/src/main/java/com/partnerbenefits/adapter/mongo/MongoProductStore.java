package com.partnerbenefits.adapter.mongo;

import com.partnerbenefits.application.port.out.ProductStore;
import com.partnerbenefits.domain.product.Product;
import com.partnerbenefits.domain.product.ProductId;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;

public class MongoProductStore implements ProductStore {

    private final MongoOperations mongo;
    private final DocumentMapper mapper;

    public MongoProductStore(MongoOperations mongo, DocumentMapper mapper) {
        this.mongo = mongo;
        this.mapper = mapper;
    }

    @Override
    public boolean addIfNameFree(Product product) {
        try {
            mongo.insert(mapper.toDocument(product));
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    @Override
    public List<Product> allProducts() {
        return mongo.find(new Query().with(Sort.by("nameKey")), ProductDocument.class).stream().map(mapper::toProduct).toList();
    }

    /** Read afresh every time: a product gains versions, and every instance must see them at once. */
    @Override
    public Optional<Product> findProduct(ProductId id) {
        return Optional.ofNullable(mongo.findById(id.value(), ProductDocument.class)).map(mapper::toProduct);
    }
}
