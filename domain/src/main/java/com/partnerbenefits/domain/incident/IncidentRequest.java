package com.partnerbenefits.domain.incident;

import com.partnerbenefits.domain.contract.SupportContractId;
import com.partnerbenefits.domain.product.ProductId;
import com.partnerbenefits.domain.shared.FieldViolation;
import com.partnerbenefits.domain.shared.Validation;
import com.partnerbenefits.domain.shared.ViolationRule;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What an account asks for when it raises an incident: against a linked contract, or under the
 * Cloud Solution Provider plan for a customer tenant (exactly one of the two).
 */
public record IncidentRequest(Optional<SupportContractId> contractId, Optional<String> cspCustomerTenantId,
        ProductId productId, String productVersion, String title, String description, Severity severity) {

    public static final int MAX_TITLE = 200;
    public static final int MAX_DESCRIPTION = 10_000;
    public static final int MAX_VERSION = 50;
    private static final Pattern TENANT_ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    public IncidentRequest {
        Objects.requireNonNull(contractId, "contractId");
        Objects.requireNonNull(cspCustomerTenantId, "cspCustomerTenantId");
        Objects.requireNonNull(productId, "productId");
        if (contractId.isPresent() == cspCustomerTenantId.isPresent()) {
            throw new IllegalArgumentException("exactly one of contract and tenant");
        }
    }

    /** Checks the typed input, collecting every violation; IDs are resolved by the caller. */
    public static IncidentRequest of(Optional<SupportContractId> contractId, String cspCustomerTenantId, ProductId productId,
            String productVersion, String title, String description, Severity severity) {
        Validation validation = new Validation();
        Optional<String> tenant = Optional.ofNullable(cspCustomerTenantId).map(t -> t.strip().toLowerCase(Locale.ROOT));
        if (contractId.isPresent() == tenant.isPresent()) {
            validation.add(FieldViolation.of("contractId", ViolationRule.EXACTLY_ONE, "cspCustomerTenantId"));
        } else {
            tenant.ifPresent(t -> validation.matches("cspCustomerTenantId", t, TENANT_ID,
                    "72f988bf-86f1-41af-91ab-2d7cd011db47"));
        }
        validation.present("productId", productId);
        validation.text("productVersion", productVersion, 1, MAX_VERSION);
        validation.text("title", title, 1, MAX_TITLE);
        if (description != null) {
            validation.multilineText("description", description, 0, MAX_DESCRIPTION);
        }
        validation.present("severity", severity);
        validation.throwIfInvalid();
        return new IncidentRequest(contractId, tenant, productId, productVersion.strip(), title.strip(),
                description == null ? "" : description.strip(), severity);
    }

    /** Identifies the request's content, so a replayed idempotency key can be told from a reused one. */
    public String fingerprint() {
        String canonical = String.join("\u0000", contractId.map(SupportContractId::value).orElse(""),
                cspCustomerTenantId.orElse(""), productId.value(), productVersion, title, description, severity.name());
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
