package com.partnerbenefits.domain.benefit;

import static com.partnerbenefits.domain.benefit.BenefitKind.MICROSOFT_PRODUCT_SUPPORT;
import static com.partnerbenefits.domain.benefit.BenefitKind.SIGNATURE_CLOUD_SUPPORT;
import static org.assertj.core.api.Assertions.assertThat;

import com.partnerbenefits.domain.membership.CompetencyArea;
import com.partnerbenefits.domain.membership.MembershipOffer;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EntitlementPolicyTest {

    private static final Optional<CompetencyArea> CLOUD_AREA = CompetencyArea.named("Cloud Platform");
    private static final Optional<CompetencyArea> OTHER_AREA = CompetencyArea.named("Data Platform");

    @ParameterizedTest(name = "{0} in a {1} area: product support {2}, cloud support {3}")
    @CsvSource({
            "ACTION_PACK,       none,  10, none",
            "SILVER_COMPETENCY, cloud, 15, unlimited",
            "SILVER_COMPETENCY, other, 15, 5",
            "GOLD_COMPETENCY,   cloud, 20, unlimited",
            "GOLD_COMPETENCY,   other, 20, 10"})
    void grantsTheArticlesTable(MembershipOffer offer, String area, String productSupport, String cloudSupport) {
        Optional<CompetencyArea> competencyArea = switchArea(area);

        Map<BenefitKind, String> granted = EntitlementPolicy.entitlementsFor(offer, competencyArea).stream()
                .collect(Collectors.toMap(EntitlementRule::benefitKind, rule -> describe(rule.allowance())));

        assertThat(granted.getOrDefault(MICROSOFT_PRODUCT_SUPPORT, "none")).isEqualTo(productSupport);
        assertThat(granted.getOrDefault(SIGNATURE_CLOUD_SUPPORT, "none")).isEqualTo(cloudSupport);
    }

    @Test
    void actionPackGetsNoCloudSupport() {
        assertThat(EntitlementPolicy.rules())
                .noneMatch(rule -> rule.offer() == MembershipOffer.ACTION_PACK && rule.benefitKind() == SIGNATURE_CLOUD_SUPPORT);
    }

    @Test
    void productSupportDoesNotDependOnTheArea() {
        assertThat(EntitlementPolicy.rules())
                .filteredOn(rule -> rule.benefitKind() == MICROSOFT_PRODUCT_SUPPORT)
                .allMatch(rule -> rule.cloudCompetency().isEmpty());
    }

    private static Optional<CompetencyArea> switchArea(String area) {
        if (area.equals("cloud")) {
            return CLOUD_AREA;
        }
        return area.equals("other") ? OTHER_AREA : Optional.empty();
    }

    private static String describe(IncidentAllowance allowance) {
        return allowance.unlimited() ? "unlimited" : String.valueOf(allowance.incidents());
    }
}
