package com.partnerbenefits.domain.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.partnerbenefits.domain.benefit.BenefitKind;
import com.partnerbenefits.domain.benefit.PaidPlan;
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
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * The coverage table, read as the article states it, for every kind of plan × kind of product × age
 * of version: NEWEST, N-1 (the one before), OLDER (what the N-1 policy no longer covers). Cloud
 * products are supported only in their current line, so for them N-1 is already too old.
 */
class CoverageTableTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
    private static final Product SQL = new Product(new ProductId("sql"), "SQL Server", ProductKind.ON_PREMISES,
            List.of("2016", "2019", "2022"));
    private static final Product AZURE = new Product(new ProductId("azure"), "Azure", ProductKind.CLOUD,
            List.of("2023", "2024", "2025"));

    @ParameterizedTest(name = "{0} on {1} {2}: {3}")
    @CsvSource(textBlock = """
            MICROSOFT_PRODUCT_SUPPORT, ON_PREMISES, NEWEST, covered
            MICROSOFT_PRODUCT_SUPPORT, ON_PREMISES, N-1,    covered
            MICROSOFT_PRODUCT_SUPPORT, ON_PREMISES, OLDER,  PRODUCT_VERSION_NOT_SUPPORTED
            MICROSOFT_PRODUCT_SUPPORT, CLOUD,       NEWEST, PRODUCT_KIND_NOT_COVERED
            MICROSOFT_PRODUCT_SUPPORT, CLOUD,       N-1,    PRODUCT_KIND_NOT_COVERED
            MICROSOFT_PRODUCT_SUPPORT, CLOUD,       OLDER,  PRODUCT_KIND_NOT_COVERED
            SIGNATURE_CLOUD_SUPPORT,   ON_PREMISES, NEWEST, PRODUCT_KIND_NOT_COVERED
            SIGNATURE_CLOUD_SUPPORT,   ON_PREMISES, N-1,    PRODUCT_KIND_NOT_COVERED
            SIGNATURE_CLOUD_SUPPORT,   ON_PREMISES, OLDER,  PRODUCT_KIND_NOT_COVERED
            SIGNATURE_CLOUD_SUPPORT,   CLOUD,       NEWEST, covered
            SIGNATURE_CLOUD_SUPPORT,   CLOUD,       N-1,    PRODUCT_VERSION_NOT_SUPPORTED
            SIGNATURE_CLOUD_SUPPORT,   CLOUD,       OLDER,  PRODUCT_VERSION_NOT_SUPPORTED
            PREMIER_SUPPORT,           ON_PREMISES, NEWEST, covered
            PREMIER_SUPPORT,           ON_PREMISES, N-1,    covered
            PREMIER_SUPPORT,           ON_PREMISES, OLDER,  PRODUCT_VERSION_NOT_SUPPORTED
            PREMIER_SUPPORT,           CLOUD,       NEWEST, covered
            PREMIER_SUPPORT,           CLOUD,       N-1,    PRODUCT_VERSION_NOT_SUPPORTED
            PREMIER_SUPPORT,           CLOUD,       OLDER,  PRODUCT_VERSION_NOT_SUPPORTED
            ADVANCED_SUPPORT,          ON_PREMISES, NEWEST, PRODUCT_KIND_NOT_COVERED
            ADVANCED_SUPPORT,          ON_PREMISES, N-1,    PRODUCT_KIND_NOT_COVERED
            ADVANCED_SUPPORT,          ON_PREMISES, OLDER,  PRODUCT_KIND_NOT_COVERED
            ADVANCED_SUPPORT,          CLOUD,       NEWEST, covered
            ADVANCED_SUPPORT,          CLOUD,       N-1,    PRODUCT_VERSION_NOT_SUPPORTED
            ADVANCED_SUPPORT,          CLOUD,       OLDER,  PRODUCT_VERSION_NOT_SUPPORTED
            PAY_PER_INCIDENT,          ON_PREMISES, NEWEST, covered
            PAY_PER_INCIDENT,          ON_PREMISES, N-1,    covered
            PAY_PER_INCIDENT,          ON_PREMISES, OLDER,  covered
            PAY_PER_INCIDENT,          CLOUD,       NEWEST, PRODUCT_KIND_NOT_COVERED
            PAY_PER_INCIDENT,          CLOUD,       N-1,    PRODUCT_KIND_NOT_COVERED
            PAY_PER_INCIDENT,          CLOUD,       OLDER,  PRODUCT_KIND_NOT_COVERED
            """)
    void everyPlanKindCoversWhatTheArticleSays(BenefitKind plan, ProductKind productKind, String age, String expected) {
        Product product = productKind == ProductKind.ON_PREMISES ? SQL : AZURE;
        String version = product.versions().get(product.versions().size() - 1 - List.of("NEWEST", "N-1", "OLDER").indexOf(age));
        Membership holder = holderOf(plan);
        SupportContract contract = SupportContract.activate(new SupportContractId("c-" + plan),
                TechnicalBenefit.grantedBy(holder, plan).orElseThrow(), holder,
                ContractCredentials.random(new SplittableRandom(27)), Instant.parse("2026-02-01T00:00:00Z"));

        List<UnavailabilityReason> reasons = Coverage.reasons(contract, holder, product,
                product.version(version).orElseThrow(), TODAY);

        assertThat(reasons).isEqualTo(expected.equals("covered") ? List.of() : List.of(UnavailabilityReason.valueOf(expected)));
    }

    @Test
    void theTableHasOneRowPerKindOfPlan() {
        assertThat(Coverage.rules()).extracting(CoverageRule::plan).containsExactly(BenefitKind.values());
    }

    @Test
    void theWayForwardForAnOnPremisesProductIsPremierOrPayPerIncidentWhichAloneCoversAVersionNoLongerSupported() {
        assertThat(Coverage.wayForward(SQL, SQL.version("2022").orElseThrow())).containsExactly(
                new WayForward(BenefitKind.PREMIER_SUPPORT, true), new WayForward(BenefitKind.PAY_PER_INCIDENT, true));
        assertThat(Coverage.wayForward(SQL, SQL.version("2016").orElseThrow())).containsExactly(
                new WayForward(BenefitKind.PREMIER_SUPPORT, false), new WayForward(BenefitKind.PAY_PER_INCIDENT, true));
    }

    @Test
    void theWayForwardForACloudProductIsPremierOrAdvancedSupportNeverPayPerIncident() {
        assertThat(Coverage.wayForward(AZURE, AZURE.version("2025").orElseThrow())).containsExactly(
                new WayForward(BenefitKind.PREMIER_SUPPORT, true), new WayForward(BenefitKind.ADVANCED_SUPPORT, true));
        assertThat(Coverage.wayForward(AZURE, AZURE.version("2023").orElseThrow()))
                .extracting(WayForward::covers).containsOnly(false);
    }

    @Test
    void aPaidPlanThatDoesNotCoverCloudIsKindNotCoveredNotCloudSupportNotIncluded() {
        Membership ppi = holderOf(BenefitKind.PAY_PER_INCIDENT);
        SupportContract contract = SupportContract.activate(new SupportContractId("ppi"),
                TechnicalBenefit.grantedBy(ppi).get(0), ppi, ContractCredentials.random(new SplittableRandom(1)),
                Instant.parse("2026-02-01T00:00:00Z"));

        assertThat(Coverage.reasons(contract, ppi, AZURE, AZURE.version("2025").orElseThrow(), TODAY))
                .containsExactly(UnavailabilityReason.PRODUCT_KIND_NOT_COVERED);
    }

    /** A Gold membership in a cloud area for the two benefits (it grants both), the paid plan itself otherwise. */
    private static Membership holderOf(BenefitKind plan) {
        if (plan.paid()) {
            return PaidPlan.of(plan, plan == BenefitKind.PAY_PER_INCIDENT ? 1 : 5).heldFrom(new MembershipId("m-" + plan),
                    new PartnerId("p1"), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
        }
        return new Membership(new MembershipId("m-" + plan), new PartnerId("p1"), MembershipOffer.GOLD_COMPETENCY,
                CompetencyArea.named("Cloud Platform"), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
    }

    static {
        assertThat(Arrays.stream(BenefitKind.values()).filter(BenefitKind::paid)).hasSize(3);
    }
}
