package com.partnerbenefits.domain.product;

/** A version of a product and whether support currently covers it. */
public record ProductVersion(String name, boolean supported) {
}
