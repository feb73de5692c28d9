package com.partnerbenefits.domain.contract;

import static com.partnerbenefits.domain.contract.UnavailabilityReason.CLOUD_SUPPORT_NOT_INCLUDED;
import static com.partnerbenefits.domain.contract.UnavailabilityReason.EXHAUSTED;
import static com.partnerbenefits.domain.contract.UnavailabilityReason.EXPIRED;
import static com.partnerbenefits.domain.contract.UnavailabilityReason.PRODUCT_KIND_NOT_COVERED;
import static com.partnerbenefits.domain.contract.UnavailabilityReason.PRODUCT_VERSION_NOT_SUPPORTED;
import static org.assertj.core.api.Assertions.assertThat;

import com.partnerbenefits.domain.benefit.BenefitKind;
import com.partnerbenefits.domain.benefit.TechnicalBenefit;
import com.partnerbenefits.domain.membership.CompetencyArea;
import com.partnerbenefits.domain.membership.Membership;
import com.partnerbenefits.domain.membership.MembershipId;
import com.partnerbenefits.domain.membership.MembershipOffer;
import com.partnerbenefits.domain.partner.PartnerId;
import com.partnerbenefits.domain.product.Product;
import com.partnerbenefits.domain.product.ProductId;
import com.partnerbenefits.domain.product.ProductKind;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class CoverageTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
    private static final LocalDate END = LocalDate.of(2026, 12, 31);
    private static final Product SQL = new Product(new ProductId("sql"), "SQL Server", ProductKind.ON_PREMISES,
            List.of("2016", "2019", "2022"));
    private static final Product AZURE = new Product(new ProductId("azure"), "Azure", ProductKind.CLOUD, List.of());

    private final Membership silver = new Membership(new MembershipId("m1"), new PartnerId("p1"),
            MembershipOffer.SILVER_COMPETENCY, CompetencyArea.named("Data Platform"), LocalDate.of(2026, 1, 1), END);
    private final SupportContract productSupport = contract(BenefitKind.MICROSOFT_PRODUCT_SUPPORT);
    private final SupportContract cloudSupport = contract(BenefitKind.SIGNATURE_CLOUD_SUPPORT);

    @Test
    void productSupportCoversTheTwoNewestOnPremisesVersions() {
        assertThat(reasons(productSupport, SQL, "2022", TODAY)).isEmpty();
        assertThat(reasons(productSupport, SQL, "2019", TODAY)).isEmpty();
        assertThat(reasons(productSupport, SQL, "2016", TODAY)).containsExactly(PRODUCT_VERSION_NOT_SUPPORTED);
    }

    @Test
    void eachBenefitCoversOneKindOfProduct() {
        assertThat(reasons(productSupport, AZURE, "current", TODAY)).containsExactly(PRODUCT_KIND_NOT_COVERED);
        assertThat(reasons(cloudSupport, SQL, "2022", TODAY)).containsExactly(PRODUCT_KIND_NOT_COVERED);
        assertThat(reasons(cloudSupport, AZURE, "current", TODAY)).isEmpty();
    }

    @Test
    void anExpiredOrUsedUpContractCoversNothingAndSaysSoFirst() {
        SupportContract usedUp = new SupportContract(productSupport.id(), productSupport.benefitId(),
                productSupport.partnerId(), productSupport.accessId(), productSupport.contractId(),
                productSupport.allowance(), 0, productSupport.activatedAt());

        assertThat(reasons(productSupport, SQL, "2022", END.plusDays(1))).containsExactly(EXPIRED);
        assertThat(reasons(usedUp, SQL, "2016", TODAY)).containsExactly(EXHAUSTED, PRODUCT_VERSION_NOT_SUPPORTED);
        assertThat(reasons(usedUp, AZURE, "current", END.plusDays(1))).containsExactly(EXPIRED, EXHAUSTED,
                PRODUCT_KIND_NOT_COVERED);
    }

    @Test
    void actionPackHasNoCloudSupportSoACloudProductOnItsContractIsCloudSupportNotIncluded() {
        Membership pack = new Membership(new MembershipId("m2"), new PartnerId("p1"), MembershipOffer.ACTION_PACK, java.util.Optional.empty(),
                LocalDate.of(2026, 1, 1), END);
        SupportContract packSupport = SupportContract.activate(new SupportContractId("pack"),
                TechnicalBenefit.grantedBy(pack, BenefitKind.MICROSOFT_PRODUCT_SUPPORT).orElseThrow(), pack,
                ContractCredentials.random(new SplittableRandom(7)), Instant.parse("2026-02-01T00:00:00Z"));

        assertThat(Coverage.reasons(packSupport, pack, AZURE, AZURE.version("current").orElseThrow(), TODAY))
                .containsExactly(CLOUD_SUPPORT_NOT_INCLUDED);
        assertThat(Coverage.reasons(packSupport, pack, SQL, SQL.version("2022").orElseThrow(), TODAY)).isEmpty();
    }

    @Test
    void theCloudSolutionProviderPlanCoversSupportedCloudProductsOnly() {
        assertThat(Coverage.cspPlanReasons(AZURE, AZURE.version("current").orElseThrow())).isEmpty();
        assertThat(Coverage.cspPlanReasons(SQL, SQL.version("2022").orElseThrow())).containsExactly(PRODUCT_KIND_NOT_COVERED);
    }

    @Test
    void whateverTheProductAContractCannotBeUsedOnceExpiredOrExhausted() {
        SupportContract usedUp = productSupport.withIncidentsRemaining(0);

        assertThat(Coverage.reasonsItCannotBeUsed(productSupport, END, END)).isEmpty();
        assertThat(Coverage.reasonsItCannotBeUsed(usedUp, END, TODAY)).containsExactly(EXHAUSTED);
        assertThat(Coverage.reasonsItCannotBeUsed(usedUp, END, END.plusDays(1))).containsExactly(EXPIRED, EXHAUSTED);
    }

    @Test
    void contractIdsAreComparedExactly() {
        assertThat(productSupport.hasContractId(productSupport.contractId())).isTrue();
        assertThat(productSupport.hasContractId(cloudSupport.contractId())).isFalse();
    }

    private List<UnavailabilityReason> reasons(SupportContract contract, Product product, String version,
            LocalDate today) {
        return Coverage.reasons(contract, silver, product, product.version(version).orElseThrow(), today);
    }

    private SupportContract contract(BenefitKind kind) {
        return SupportContract.activate(new SupportContractId(kind.name()), TechnicalBenefit.grantedBy(silver, kind).orElseThrow(),
                silver, ContractCredentials.random(new SplittableRandom(kind.ordinal())), Instant.parse("2026-02-01T00:00:00Z"));
    }
}
