package com.partnerbenefits.adapter.mongo;

import java.util.List;
import java.util.Locale;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** {@code nameKey} is the lower-cased name, unique, so two products never differ only in case. */
@Document(ProductDocument.COLLECTION)
record ProductDocument(@Id String id, String name, String nameKey, String kind, List<String> versions) {
    static final String COLLECTION = "products";

    static String keyOf(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
