package com.partnerbenefits.domain.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.partnerbenefits.domain.benefit.BenefitKind;
import com.partnerbenefits.domain.benefit.TechnicalBenefit;
import com.partnerbenefits.domain.membership.CompetencyArea;
import com.partnerbenefits.domain.membership.Membership;
import com.partnerbenefits.domain.membership.MembershipId;
import com.partnerbenefits.domain.membership.MembershipOffer;
import com.partnerbenefits.domain.partner.PartnerId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SupportContractTest {

    private static final LocalDate END = LocalDate.of(2026, 12, 31);
    private static final Instant ACTIVATED = Instant.parse("2026-03-01T23:30:00Z");

    private final Membership silverOther = new Membership(new MembershipId("m1"), new PartnerId("p1"),
            MembershipOffer.SILVER_COMPETENCY, CompetencyArea.named("Data Analytics"), LocalDate.of(2026, 1, 1), END);

    @Test
    void activationTakesTheAllowanceOfTheBenefitAndStartsOnTheActivationDay() {
        SupportContract contract = activate(BenefitKind.SIGNATURE_CLOUD_SUPPORT);

        assertThat(contract.allowance().incidents()).isEqualTo(5);
        assertThat(contract.incidentsRemaining()).isEqualTo(5);
        assertThat(contract.partnerId()).isEqualTo(new PartnerId("p1"));
        assertThat(contract.startsOn()).isEqualTo(LocalDate.of(2026, 3, 1));
    }

    @Test
    void isActiveUntilItsLastDayInclusiveThenExpired() {
        SupportContract contract = activate(BenefitKind.MICROSOFT_PRODUCT_SUPPORT);

        assertThat(contract.statusOn(END, END)).isEqualTo(ContractStatus.ACTIVE);
        assertThat(contract.statusOn(END.plusDays(1), END)).isEqualTo(ContractStatus.EXPIRED);
    }

    @Test
    void isExhaustedWithNoIncidentsLeftUnlessItHasAlsoExpired() {
        SupportContract used = withRemaining(activate(BenefitKind.MICROSOFT_PRODUCT_SUPPORT), 0);

        assertThat(used.statusOn(END, END)).isEqualTo(ContractStatus.EXHAUSTED);
        assertThat(used.statusOn(END.plusDays(1), END)).isEqualTo(ContractStatus.EXPIRED);
        assertThat(withRemaining(used, 1).statusOn(END, END)).isEqualTo(ContractStatus.ACTIVE);
    }

    @Test
    void anUnlimitedContractIsNeverExhausted() {
        Membership gold = new Membership(new MembershipId("m2"), new PartnerId("p1"), MembershipOffer.GOLD_COMPETENCY,
                CompetencyArea.named("Cloud Platform"), LocalDate.of(2026, 1, 1), END);
        SupportContract unlimited = SupportContract.activate(new SupportContractId("c2"),
                TechnicalBenefit.grantedBy(gold, BenefitKind.SIGNATURE_CLOUD_SUPPORT).orElseThrow(), gold,
                ContractCredentials.random(new SplittableRandom(1)), ACTIVATED);

        assertThat(unlimited.allowance().unlimited()).isTrue();
        assertThat(unlimited.statusOn(END, END)).isEqualTo(ContractStatus.ACTIVE);
    }

    @Test
    void remainingIncidentsStayWithinTheAllowance() {
        SupportContract contract = activate(BenefitKind.MICROSOFT_PRODUCT_SUPPORT);

        assertThatThrownBy(() -> withRemaining(contract, -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> withRemaining(contract, 16)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aBenefitCannotBeActivatedUnderAnotherMembership() {
        Membership other = new Membership(new MembershipId("m9"), new PartnerId("p1"), MembershipOffer.ACTION_PACK,
                java.util.Optional.empty(), LocalDate.of(2026, 1, 1), END);
        TechnicalBenefit benefit = TechnicalBenefit.grantedBy(silverOther, BenefitKind.MICROSOFT_PRODUCT_SUPPORT).orElseThrow();

        assertThatThrownBy(() -> SupportContract.activate(new SupportContractId("c"), benefit, other,
                ContractCredentials.random(new SplittableRandom(1)), ACTIVATED)).isInstanceOf(IllegalArgumentException.class);
    }

    private SupportContract activate(BenefitKind kind) {
        return SupportContract.activate(new SupportContractId("c1"),
                TechnicalBenefit.grantedBy(silverOther, kind).orElseThrow(), silverOther,
                ContractCredentials.random(new SplittableRandom(1)), ACTIVATED);
    }

    private static SupportContract withRemaining(SupportContract c, int remaining) {
        return new SupportContract(c.id(), c.benefitId(), c.partnerId(), c.accessId(), c.contractId(), c.allowance(),
                remaining, c.activatedAt());
    }
}
