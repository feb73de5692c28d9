package com.partnerbenefits.domain.product;

import com.partnerbenefits.domain.shared.FieldViolation;
import com.partnerbenefits.domain.shared.Validation;
import com.partnerbenefits.domain.shared.ViolationRule;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** A product of the support catalog with its versions, oldest first. */
public record Product(ProductId id, String name, ProductKind kind, List<String> versions) {

    public static final int MAX_NAME_LENGTH = 200;
    public static final int MAX_VERSIONS = 50;
    public static final int MAX_VERSION_LENGTH = 50;
    /** The single version line of a cloud product registered without versions. */
    public static final String CURRENT = "current";

    public Product {
        Objects.requireNonNull(id, "id");
        versions = withDefaultLine(kind, versions);
        Validation validation = new Validation();
        check(validation, name, kind, versions);
        validation.throwIfInvalid();
        name = name.strip();
        versions = versions.stream().map(String::strip).toList();
    }

    /** The product rules, for commands that validate before a product exists. */
    public static void check(Validation validation, String name, ProductKind kind, List<String> versions) {
        validation.text("name", name, 1, MAX_NAME_LENGTH);
        validation.present("kind", kind);
        List<String> lines = withDefaultLine(kind, versions);
        if (validation.notEmpty("versions", lines)) {
            checkVersions(validation, lines);
        }
    }

    /** A cloud product registered without versions has the single line "current". */
    public static List<String> withDefaultLine(ProductKind kind, List<String> versions) {
        return kind == ProductKind.CLOUD && versions != null && versions.isEmpty() ? List.of(CURRENT) : versions;
    }

    private static void checkVersions(Validation validation, List<String> versions) {
        if (versions.size() > MAX_VERSIONS) {
            validation.add(FieldViolation.of("versions", ViolationRule.LENGTH, 1, MAX_VERSIONS));
            return;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < versions.size(); i++) {
            String field = "versions." + i;
            String version = versions.get(i);
            if (validation.text(field, version, 1, MAX_VERSION_LENGTH)
                    && !seen.add(version.strip().toLowerCase(Locale.ROOT))) {
                validation.add(FieldViolation.of(field, ViolationRule.DUPLICATE_ENTRY));
            }
        }
    }

    public List<ProductVersion> versionSupport() {
        List<String> supported = SupportPolicy.supportedVersions(kind, versions);
        return versions.stream().map(v -> new ProductVersion(v, supported.contains(v))).toList();
    }

    public Optional<ProductVersion> version(String name) {
        return versionSupport().stream().filter(v -> v.name().equalsIgnoreCase(name == null ? "" : name.strip())).findFirst();
    }

    /**
     * The product with {@code version} as its newest version, which moves the supported window at once.
     * Refused on {@code version} when it is blank, too long, already one of the product's versions (in
     * any case), or when the product has the most versions it may have.
     */
    public Product withNewestVersion(String version) {
        Validation validation = new Validation();
        if (validation.text("version", version, 1, MAX_VERSION_LENGTH)) {
            if (version(version).isPresent()) {
                validation.add(FieldViolation.of("version", ViolationRule.ALREADY_LISTED, version.strip()));
            } else if (versions.size() >= MAX_VERSIONS) {
                validation.add(FieldViolation.of("version", ViolationRule.LIMIT_REACHED, MAX_VERSIONS));
            }
        }
        validation.throwIfInvalid();
        List<String> newer = new java.util.ArrayList<>(versions);
        newer.add(version.strip());
        return new Product(id, name, kind, newer);
    }
}
