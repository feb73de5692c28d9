package com.partnerbenefits.adapter.graphql.catalog;

import com.partnerbenefits.domain.product.ProductKind;
import com.partnerbenefits.domain.product.ProductVersion;
import java.util.List;

/** The GraphQL {@code Product}, versions oldest first with their support status. */
public record ProductView(String id, String name, ProductKind kind, List<ProductVersion> versions) {
}
