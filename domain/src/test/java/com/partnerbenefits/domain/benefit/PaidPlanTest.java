package com.partnerbenefits.domain.benefit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.partnerbenefits.domain.membership.MembershipId;
import com.partnerbenefits.domain.membership.MembershipOffer;
import com.partnerbenefits.domain.partner.PartnerId;
import com.partnerbenefits.domain.shared.FieldViolation;
import com.partnerbenefits.domain.shared.InvalidInputException;
import com.partnerbenefits.domain.shared.ViolationRule;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PaidPlanTest {

    @Test
    void aMembershipBenefitIsEarnedNeverBought() {
        assertThatThrownBy(() -> PaidPlan.of(BenefitKind.MICROSOFT_PRODUCT_SUPPORT, 5))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.violations())
                        .extracting(FieldViolation::field, FieldViolation::rule)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("kind", ViolationRule.UNKNOWN_VALUE)));
    }

    @Test
    void payPerIncidentIsExactlyOneIncident() {
        assertThat(PaidPlan.of(BenefitKind.PAY_PER_INCIDENT, 1).allowance()).isEqualTo(IncidentAllowance.of(1));
        assertThatThrownBy(() -> PaidPlan.of(BenefitKind.PAY_PER_INCIDENT, null)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> PaidPlan.of(BenefitKind.PAY_PER_INCIDENT, 2)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void premierAndAdvancedSupportAreBoughtWithIncidentsOrUnlimited() {
        assertThat(PaidPlan.of(BenefitKind.PREMIER_SUPPORT, null).allowance().unlimited()).isTrue();
        assertThat(PaidPlan.of(BenefitKind.ADVANCED_SUPPORT, 12).allowance()).isEqualTo(IncidentAllowance.of(12));
        assertThatThrownBy(() -> PaidPlan.of(BenefitKind.ADVANCED_SUPPORT, 0)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aPaidPlanIsHeldLikeAMembershipOfItsOfferAndGrantsOnlyItself() {
        PaidPlan plan = PaidPlan.of(BenefitKind.PREMIER_SUPPORT, 7);
        var held = plan.heldFrom(new MembershipId("m"), new PartnerId("p"), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));

        assertThat(held.offer()).isEqualTo(MembershipOffer.PREMIER_SUPPORT);
        assertThat(PaidPlan.heldBy(held)).contains(plan);
        assertThat(TechnicalBenefit.grantedBy(held)).containsExactly(new TechnicalBenefit(
                new TechnicalBenefitId(held.id(), BenefitKind.PREMIER_SUPPORT), IncidentAllowance.of(7)));
        assertThat(PaidPlan.heldBy(held.endOn(LocalDate.of(2026, 6, 30)))).contains(plan);
    }
}
