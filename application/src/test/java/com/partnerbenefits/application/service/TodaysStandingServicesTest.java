package com.partnerbenefits.application.service;

import static com.partnerbenefits.application.service.BackOfficeFixture.succeeded;
import static org.assertj.core.api.Assertions.assertThat;

import com.partnerbenefits.application.port.in.ActivateTechnicalBenefitUseCase.Activation;
import com.partnerbenefits.application.port.in.EndMembershipUseCase;
import com.partnerbenefits.application.port.in.GrantMembershipUseCase;
import com.partnerbenefits.application.port.in.MembershipStanding;
import com.partnerbenefits.application.port.in.PartnerMemberships;
import com.partnerbenefits.application.port.in.PartnerMemberships.NoBenefitsReason;
import com.partnerbenefits.application.port.in.RegisterAccountUseCase;
import com.partnerbenefits.application.port.in.RegisterPartnerUseCase;
import com.partnerbenefits.application.port.in.Result;
import com.partnerbenefits.application.port.in.TechnicalBenefitsQuery.GrantedBenefit;
import com.partnerbenefits.application.port.in.Viewer;
import com.partnerbenefits.domain.benefit.BenefitKind;
import com.partnerbenefits.domain.benefit.TechnicalBenefitId;
import com.partnerbenefits.domain.contract.ContractStatus;
import com.partnerbenefits.domain.contract.SupportContractId;
import com.partnerbenefits.domain.membership.MembershipId;
import com.partnerbenefits.domain.membership.MembershipOffer;
import com.partnerbenefits.domain.partner.AccountKind;
import com.partnerbenefits.domain.partner.Partner;
import com.partnerbenefits.domain.partner.PartnerRole;
import com.partnerbenefits.domain.partner.ProgramAssociation;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The read models answer what is active, expired or shown today, decided here with the application's
 * clock, so an adapter only shows them.
 */
class TodaysStandingServicesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 1); // the fixture's clock

    private final BackOfficeFixture fixture = new BackOfficeFixture();
    private final Partner contoso = succeeded(fixture.registerPartner.registerPartner(fixture.operator(),
            RegisterPartnerUseCase.Command.of("Contoso", "1000001")));

    @Test
    void aMembershipIsActiveFromItsFirstDayToItsLastDayBothIncluded() {
        MembershipId startsToday = grant(MembershipOffer.ACTION_PACK, null, TODAY, TODAY.plusYears(1)).membership().id();
        MembershipId endsToday = grant(MembershipOffer.ACTION_PACK, null, TODAY.minusYears(1), TODAY).membership().id();
        MembershipId startsTomorrow = grant(MembershipOffer.ACTION_PACK, null, TODAY.plusDays(1), TODAY.plusYears(1))
                .membership().id();
        MembershipId endedYesterday = grant(MembershipOffer.ACTION_PACK, null, TODAY.minusYears(1), TODAY.minusDays(1))
                .membership().id();

        Map<MembershipId, Boolean> active = membershipsOfContoso().memberships().stream()
                .collect(Collectors.toMap(m -> m.membership().id(), MembershipStanding::active));

        assertThat(active).containsExactlyInAnyOrderEntriesOf(Map.of(startsToday, true, endsToday, true,
                startsTomorrow, false, endedYesterday, false));
        assertThat(fixture.browse.findMembership(fixture.operator(), startsTomorrow).orElseThrow().active()).isFalse();
        assertThat(fixture.browse.findMembership(fixture.operator(), endsToday).orElseThrow().active()).isTrue();
    }

    @Test
    void onlyActiveMembershipsGrantTheBenefitsShownToday() {
        MembershipStanding gold = grant(MembershipOffer.GOLD_COMPETENCY, "Data Platform", TODAY.minusMonths(1),
                TODAY.plusMonths(11));
        grant(MembershipOffer.ACTION_PACK, null, TODAY.minusYears(2), TODAY.minusYears(1));

        PartnerMemberships answer = membershipsOfContoso();

        assertThat(answer.currentBenefits()).isNotEmpty().containsExactlyElementsOf(gold.benefits());
        assertThat(answer.noBenefitsBecause()).isEmpty();
    }

    @Test
    void aPartnerWithoutAnActiveMembershipHasNoBenefitsBecauseNoneIsActive() {
        assertThat(membershipsOfContoso().noBenefitsBecause()).contains(NoBenefitsReason.NO_ACTIVE_MEMBERSHIP);

        grant(MembershipOffer.GOLD_COMPETENCY, "Data Platform", TODAY.plusDays(1), TODAY.plusYears(1));

        PartnerMemberships answer = membershipsOfContoso();
        assertThat(answer.currentBenefits()).isEmpty();
        assertThat(answer.noBenefitsBecause()).contains(NoBenefitsReason.NO_ACTIVE_MEMBERSHIP);
    }

    @Test
    void aContractIsActiveThroughItsMembershipsLastDayAndExpiredTheDayAfter() {
        MembershipStanding gold = currentGold();
        Viewer admin = admin();
        TechnicalBenefitId productSupport = productSupportOf(gold);
        Activation activation = succeeded(fixture.activation.activate(admin, productSupport));
        SupportContractId contract = activation.contract().contract().id();
        LocalDate lastDay = gold.membership().endsOn();

        assertThat(activation.contract().status()).isEqualTo(ContractStatus.ACTIVE);
        assertThat(activation.benefit().membership().active()).isTrue();
        assertThat(benefitsOn(lastDay).findContract(admin, contract).orElseThrow().status()).isEqualTo(ContractStatus.ACTIVE);
        assertThat(benefitsOn(lastDay.plusDays(1)).findContract(admin, contract).orElseThrow().status())
                .isEqualTo(ContractStatus.EXPIRED);
    }

    @Test
    void endingAMembershipBeforeTodayEndsItsBenefitsAndExpiresTheirContracts() {
        MembershipStanding gold = currentGold();
        Viewer admin = admin();
        TechnicalBenefitId productSupport = productSupportOf(gold);
        succeeded(fixture.activation.activate(admin, productSupport));

        MembershipStanding ended = succeeded(fixture.memberships.endMembership(fixture.operator(),
                EndMembershipUseCase.Command.of(gold.membership().id(), TODAY.minusDays(1))));
        GrantedBenefit benefit = fixture.benefits.findBenefit(admin, productSupport).orElseThrow();

        assertThat(ended.active()).isFalse();
        assertThat(benefit.membership().active()).isFalse();
        assertThat(fixture.benefits.contractsOf(admin, Set.of(benefit)).get(benefit).status()).isEqualTo(ContractStatus.EXPIRED);
        assertThat(membershipsOfContoso().noBenefitsBecause()).contains(NoBenefitsReason.NO_ACTIVE_MEMBERSHIP);
    }

    private PartnerMemberships membershipsOfContoso() {
        return succeeded(fixture.browse.membershipsOf(fixture.operator(), Set.of(contoso.id())).get(contoso.id()));
    }

    private TechnicalBenefitsService benefitsOn(LocalDate day) {
        Clock that = Clock.fixed(day.atTime(10, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        return new TechnicalBenefitsService(fixture.access, fixture.stores.memberships(), fixture.stores.contracts(), that);
    }

    /** A Gold membership that began two months ago and runs ten more. */
    private MembershipStanding currentGold() {
        return grant(MembershipOffer.GOLD_COMPETENCY, "Data Platform", TODAY.minusMonths(2), TODAY.plusMonths(10));
    }

    private static TechnicalBenefitId productSupportOf(MembershipStanding standing) {
        return new TechnicalBenefitId(standing.membership().id(), BenefitKind.MICROSOFT_PRODUCT_SUPPORT);
    }

    private MembershipStanding grant(MembershipOffer offer, String area, LocalDate startsOn, LocalDate endsOn) {
        return succeeded(fixture.memberships.grantMembership(fixture.operator(),
                GrantMembershipUseCase.Command.of(contoso.id(), offer, area, startsOn, endsOn)));
    }

    private Viewer admin() {
        succeeded(fixture.registerAccount.registerAccount(fixture.operator(), RegisterAccountUseCase.Command.of(
                "admin@contoso.com", AccountKind.AAD, contoso.id(), Set.of(PartnerRole.GLOBAL_ADMIN),
                Set.of(ProgramAssociation.MPN))));
        return fixture.signedIn("admin@contoso.com");
    }
}
