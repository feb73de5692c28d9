package com.partnerbenefits.domain.benefit;

import static org.assertj.core.api.Assertions.assertThat;

import com.partnerbenefits.domain.membership.CompetencyArea;
import com.partnerbenefits.domain.membership.Membership;
import com.partnerbenefits.domain.membership.MembershipId;
import com.partnerbenefits.domain.membership.MembershipOffer;
import com.partnerbenefits.domain.partner.PartnerId;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TechnicalBenefitTest {

    @Test
    void goldCloudCompetencyGrantsTwentyProductIncidentsAndUnlimitedCloudIncidents() {
        Membership gold = new Membership(new MembershipId("m1"), new PartnerId("p"), MembershipOffer.GOLD_COMPETENCY,
                CompetencyArea.named("Security"), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));

        var benefits = TechnicalBenefit.grantedBy(gold);

        assertThat(benefits).extracting(TechnicalBenefit::kind)
                .containsExactly(BenefitKind.MICROSOFT_PRODUCT_SUPPORT, BenefitKind.SIGNATURE_CLOUD_SUPPORT);
        assertThat(benefits.get(0).allowance()).isEqualTo(IncidentAllowance.of(20));
        assertThat(benefits.get(1).allowance().unlimited()).isTrue();
        assertThat(benefits.get(1).id().value()).isEqualTo("m1:SIGNATURE_CLOUD_SUPPORT");
    }

    @Test
    void benefitIdsReadBackWhatTheyWrite() {
        TechnicalBenefitId id = new TechnicalBenefitId(new MembershipId("m:1"), BenefitKind.SIGNATURE_CLOUD_SUPPORT);

        assertThat(TechnicalBenefitId.parse(id.value())).contains(id);
        assertThat(TechnicalBenefitId.parse("m1:SOMETHING_ELSE")).isEmpty();
        assertThat(TechnicalBenefitId.parse(":MICROSOFT_PRODUCT_SUPPORT")).isEmpty();
        assertThat(TechnicalBenefitId.parse("m1")).isEmpty();
    }

    @Test
    void actionPackGrantsNoCloudBenefitToLookUp() {
        Membership actionPack = new Membership(new MembershipId("m2"), new PartnerId("p"), MembershipOffer.ACTION_PACK,
                java.util.Optional.empty(), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));

        assertThat(TechnicalBenefit.grantedBy(actionPack, BenefitKind.SIGNATURE_CLOUD_SUPPORT)).isEmpty();
        assertThat(TechnicalBenefit.grantedBy(actionPack, BenefitKind.MICROSOFT_PRODUCT_SUPPORT)).isPresent();
    }
}
