package com.partnerbenefits.application.service;

import static com.partnerbenefits.application.service.BackOfficeFixture.succeeded;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.partnerbenefits.application.port.in.ActivateTechnicalBenefitUseCase.Activation;
import com.partnerbenefits.application.port.in.GrantMembershipUseCase;
import com.partnerbenefits.application.port.in.RecordPaidSupportPlanUseCase;
import com.partnerbenefits.application.port.in.RefusalCode;
import com.partnerbenefits.application.port.in.RegisterPartnerUseCase;
import com.partnerbenefits.application.port.in.Result;
import com.partnerbenefits.domain.benefit.BenefitKind;
import com.partnerbenefits.domain.contract.ContractStatus;
import com.partnerbenefits.domain.membership.MembershipOffer;
import com.partnerbenefits.domain.partner.Partner;
import com.partnerbenefits.domain.shared.InvalidInputException;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PaidSupportPlanServiceTest {

    private final BackOfficeFixture fixture = new BackOfficeFixture();
    private final LocalDate start = LocalDate.of(2026, 3, 1);

    @Test
    void aRecordedPaidPlanComesActivatedWithItsOwnCredentialsAndIsShownAmongThePartnersMemberships() {
        Partner contoso = partner();

        Activation recorded = succeeded(fixture.paidPlans.recordPaidSupportPlan(fixture.operator(),
                RecordPaidSupportPlanUseCase.Command.of(contoso.id(), BenefitKind.PREMIER_SUPPORT, 12, start, start.plusYears(1))));

        assertThat(recorded.contract().status()).isEqualTo(ContractStatus.ACTIVE);
        assertThat(recorded.contract().contract().incidentsRemaining()).isEqualTo(12);
        assertThat(recorded.contract().endsOn()).isEqualTo(start.plusYears(1));
        assertThat(fixture.stores.contracts().findByAccessId(recorded.contract().contract().accessId())).isPresent();
        var shown = succeeded(fixture.browse.membershipsOf(fixture.operator(), Set.of(contoso.id())).get(contoso.id()));
        assertThat(shown.memberships()).extracting(standing -> standing.membership().offer())
                .containsExactly(MembershipOffer.PREMIER_SUPPORT);
        assertThat(fixture.benefits.contractsOf(fixture.operator(), Set.copyOf(shown.currentBenefits())).values())
                .extracting(contract -> contract.contract().id()).containsExactly(recorded.contract().contract().id());
    }

    @Test
    void onlyOperatorsRecordPaidPlans() {
        Partner contoso = partner();

        assertThat(fixture.paidPlans.recordPaidSupportPlan(fixture.signedIn("eve@contoso.com"),
                RecordPaidSupportPlanUseCase.Command.of(contoso.id(), BenefitKind.PAY_PER_INCIDENT, 1, start, start.plusMonths(1))))
                .isEqualTo(Result.refused(RefusalCode.NOT_AUTHORIZED));
    }

    @Test
    void aMembershipBenefitCannotBeRecordedAndAPaidPlanCannotBeGranted() {
        Partner contoso = partner();

        assertThatThrownBy(() -> RecordPaidSupportPlanUseCase.Command.of(contoso.id(), BenefitKind.SIGNATURE_CLOUD_SUPPORT, 5,
                start, start.plusMonths(1))).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> GrantMembershipUseCase.Command.of(contoso.id(), MembershipOffer.PAY_PER_INCIDENT, null,
                start, start.plusMonths(1))).isInstanceOfSatisfying(InvalidInputException.class,
                        invalid -> assertThat(invalid.violations().get(0).field()).isEqualTo("offer"));
    }

    private Partner partner() {
        return succeeded(fixture.registerPartner.registerPartner(fixture.operator(),
                RegisterPartnerUseCase.Command.of("Contoso", "1234567")));
    }
}
