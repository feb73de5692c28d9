package com.partnerbenefits.adapter.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import com.partnerbenefits.application.port.out.ProductVersionStore;
import com.partnerbenefits.domain.product.ProductId;
import java.util.List;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Update;

/** The versions change only if they are still those the decision was taken on: a compare-and-set on the array. */
public class MongoProductVersionStore implements ProductVersionStore {

    private final MongoOperations mongo;

    public MongoProductVersionStore(MongoOperations mongo) {
        this.mongo = mongo;
    }

    @Override
    public boolean replaceVersionsIf(ProductId product, List<String> expected, List<String> versions) {
        return mongo.updateFirst(query(where("_id").is(product.value()).and("versions").is(expected)),
                new Update().set("versions", versions), ProductDocument.class).getModifiedCount() == 1;
    }
}
