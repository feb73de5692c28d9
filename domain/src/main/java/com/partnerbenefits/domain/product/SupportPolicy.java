package com.partnerbenefits.domain.product;

import java.util.List;

/**
 * Which versions of a product support covers: for on-premises products the newest version and the
 * one before it (the N-1 policy); for cloud products only the current line, the newest one.
 */
public final class SupportPolicy {

    private static final int ON_PREMISES_SUPPORTED_VERSIONS = 2;

    private SupportPolicy() {
    }

    /** @param versions oldest first */
    public static List<String> supportedVersions(ProductKind kind, List<String> versions) {
        int supported = kind == ProductKind.ON_PREMISES ? ON_PREMISES_SUPPORTED_VERSIONS : 1;
        return versions.subList(Math.max(0, versions.size() - supported), versions.size());
    }
}
