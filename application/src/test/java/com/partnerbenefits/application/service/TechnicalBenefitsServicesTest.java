package com.partnerbenefits.application.service;

import static com.partnerbenefits.application.service.BackOfficeFixture.succeeded;
import static org.assertj.core.api.Assertions.assertThat;

import com.partnerbenefits.application.port.in.ActivateTechnicalBenefitUseCase.Activation;
import com.partnerbenefits.application.port.in.GrantMembershipUseCase;
import com.partnerbenefits.application.port.in.Refusal;
import com.partnerbenefits.application.port.in.RefusalCode;
import com.partnerbenefits.application.port.in.RegisterAccountUseCase;
import com.partnerbenefits.application.port.in.RegisterPartnerUseCase;
import com.partnerbenefits.application.port.in.Result;
import com.partnerbenefits.application.port.in.TechnicalBenefitsQuery.GrantedBenefit;
import com.partnerbenefits.application.port.in.Viewer;
import com.partnerbenefits.domain.benefit.BenefitKind;
import com.partnerbenefits.domain.benefit.TechnicalBenefitId;
import com.partnerbenefits.domain.contract.ContractStatus;
import com.partnerbenefits.domain.contract.SupportContract;
import com.partnerbenefits.domain.membership.Membership;
import com.partnerbenefits.domain.membership.MembershipId;
import com.partnerbenefits.domain.membership.MembershipOffer;
import com.partnerbenefits.domain.partner.AccountKind;
import com.partnerbenefits.domain.partner.Partner;
import com.partnerbenefits.domain.partner.PartnerRole;
import com.partnerbenefits.domain.partner.ProgramAssociation;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class TechnicalBenefitsServicesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 1);

    private final BackOfficeFixture fixture = new BackOfficeFixture();
    private final Partner contoso = partner("Contoso", "1000001");
    private final Membership gold = grant(contoso, MembershipOffer.GOLD_COMPETENCY, "Data Platform", TODAY.minusMonths(2),
            TODAY.plusMonths(10));
    private final TechnicalBenefitId productSupport = new TechnicalBenefitId(gold.id(), BenefitKind.MICROSOFT_PRODUCT_SUPPORT);

    @Test
    void anAdminActivatesABenefitIntoAContractWithItsWholeAllowance() {
        Activation activation = succeeded(fixture.activation.activate(member(contoso, "admin@contoso.com",
                PartnerRole.GLOBAL_ADMIN, ProgramAssociation.MPN), productSupport));

        SupportContract contract = activation.contract().contract();
        assertThat(activation.alreadyActivated()).isFalse();
        assertThat(contract.incidentsRemaining()).isEqualTo(20);
        assertThat(contract.startsOn()).isEqualTo(TODAY);
        assertThat(activation.contract().endsOn()).isEqualTo(gold.endsOn());
        assertThat(activation.contract().status()).isEqualTo(ContractStatus.ACTIVE);
    }

    @Test
    void activatingAgainChangesNothing() {
        Viewer admin = member(contoso, "mpnadmin@contoso.com", PartnerRole.MPN_PARTNER_ADMIN, ProgramAssociation.MPN);
        Activation first = succeeded(fixture.activation.activate(admin, productSupport));

        Activation again = succeeded(fixture.activation.activate(admin, productSupport));

        assertThat(again.alreadyActivated()).isTrue();
        assertThat(again.contract().contract()).isEqualTo(first.contract().contract());
    }

    @Test
    void adminsActivatingAtTheSameMomentGetTheSameContract() throws Exception {
        Viewer admin = member(contoso, "admin@contoso.com", PartnerRole.GLOBAL_ADMIN, ProgramAssociation.MPN);
        int threads = 8;
        CyclicBarrier start = new CyclicBarrier(threads);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Activation>> results = IntStream.range(0, threads).mapToObj(i -> pool.submit(() -> {
                start.await();
                return succeeded(fixture.activation.activate(admin, productSupport));
            })).toList();
            List<SupportContract> contracts = results.stream().map(f -> join(f).contract().contract()).distinct().toList();

            assertThat(contracts).hasSize(1);
            assertThat(results.stream().filter(f -> !join(f).alreadyActivated())).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aCredentialCollisionDrawsNewCredentials() {
        Viewer admin = member(contoso, "admin@contoso.com", PartnerRole.GLOBAL_ADMIN, ProgramAssociation.MPN);
        var sameSeedA = new ActivateTechnicalBenefitService(fixture.access, fixture.stores.memberships(), fixture.stores.contracts(),
                fixture.stores.contractControls(), fixture.stores.ids(),
                new SplittableRandom(42), fixture.clock);
        var sameSeedB = new ActivateTechnicalBenefitService(fixture.access, fixture.stores.memberships(), fixture.stores.contracts(),
                fixture.stores.contractControls(), fixture.stores.ids(),
                new SplittableRandom(42), fixture.clock);

        SupportContract first = succeeded(sameSeedA.activate(admin, productSupport)).contract().contract();
        Activation second = succeeded(sameSeedB.activate(admin,
                new TechnicalBenefitId(gold.id(), BenefitKind.SIGNATURE_CLOUD_SUPPORT)));

        assertThat(second.alreadyActivated()).isFalse();
        assertThat(second.contract().contract().accessId()).isNotEqualTo(first.accessId());
        assertThat(second.contract().contract().contractId()).isNotEqualTo(first.contractId());
    }

    @Test
    void onlyMpnAssociatedAdminsOfThePartnerMayActivate() {
        Partner fabrikam = partner("Fabrikam", "1000002");

        assertThat(fixture.activation.activate(member(contoso, "agent@contoso.com", PartnerRole.ADMIN_AGENT,
                ProgramAssociation.MPN), productSupport)).isEqualTo(Result.refused(RefusalCode.ACTIVATION_ROLE_REQUIRED));
        assertThat(fixture.activation.activate(member(contoso, "csp@contoso.com", PartnerRole.GLOBAL_ADMIN,
                ProgramAssociation.CSP), productSupport)).isEqualTo(Result.refused(RefusalCode.NOT_AUTHORIZED));
        assertThat(fixture.activation.activate(member(fabrikam, "admin@fabrikam.com", PartnerRole.GLOBAL_ADMIN,
                ProgramAssociation.MPN), productSupport)).isEqualTo(Result.refused(RefusalCode.NOT_AUTHORIZED));
        assertThat(fixture.activation.activate(fixture.signedIn("someone@outlook.com"), productSupport))
                .isEqualTo(Result.refused(RefusalCode.NOT_AUTHORIZED));
        assertThat(fixture.stores.contracts().findByBenefit(productSupport)).isEmpty();
    }

    @Test
    void aBenefitTheTableDoesNotGrantIsNotFound() {
        Membership pack = grant(contoso, MembershipOffer.ACTION_PACK, null, TODAY, TODAY.plusYears(1));
        Viewer admin = member(contoso, "admin@contoso.com", PartnerRole.GLOBAL_ADMIN, ProgramAssociation.MPN);

        assertThat(fixture.activation.activate(admin, new TechnicalBenefitId(pack.id(), BenefitKind.SIGNATURE_CLOUD_SUPPORT)))
                .isEqualTo(Result.refused(Refusal.notFound("benefitId")));
        assertThat(fixture.activation.activate(admin,
                new TechnicalBenefitId(new MembershipId("missing"), BenefitKind.MICROSOFT_PRODUCT_SUPPORT)))
                .isEqualTo(Result.refused(Refusal.notFound("benefitId")));
    }

    @Test
    void onlyAnActiveMembershipsBenefitsCanBeActivated() {
        Membership past = grant(contoso, MembershipOffer.ACTION_PACK, null, TODAY.minusYears(1), TODAY.minusDays(1));
        Membership future = grant(contoso, MembershipOffer.ACTION_PACK, null, TODAY.plusDays(1), TODAY.plusYears(1));
        Viewer admin = member(contoso, "admin@contoso.com", PartnerRole.GLOBAL_ADMIN, ProgramAssociation.MPN);

        for (Membership inactive : List.of(past, future)) {
            assertThat(fixture.activation.activate(admin,
                    new TechnicalBenefitId(inactive.id(), BenefitKind.MICROSOFT_PRODUCT_SUPPORT)))
                    .isEqualTo(Result.refused(RefusalCode.MEMBERSHIP_NOT_ACTIVE));
        }
    }

    @Test
    void contractsAreVisibleToTheMpnMembersOfTheirPartnerOnly() {
        Viewer admin = member(contoso, "admin@contoso.com", PartnerRole.GLOBAL_ADMIN, ProgramAssociation.MPN);
        SupportContract contract = succeeded(fixture.activation.activate(admin, productSupport)).contract().contract();
        Viewer colleague = member(contoso, "dev@contoso.com", null, ProgramAssociation.MPN);
        Viewer cspOnly = member(contoso, "csp@contoso.com", PartnerRole.ADMIN_AGENT, ProgramAssociation.CSP);
        Viewer outsider = member(partner("Fabrikam", "1000002"), "admin@fabrikam.com", PartnerRole.GLOBAL_ADMIN,
                ProgramAssociation.MPN);

        GrantedBenefit granted = fixture.benefits.findBenefit(colleague, productSupport).orElseThrow();
        assertThat(fixture.benefits.contractsOf(colleague, Set.of(granted)).get(granted).contract()).isEqualTo(contract);
        assertThat(fixture.benefits.findContract(colleague, contract.id())).isPresent();
        for (Viewer stranger : List.of(cspOnly, outsider)) {
            assertThat(fixture.benefits.contractsOf(stranger, Set.of(granted))).isEmpty();
            assertThat(fixture.benefits.findContract(stranger, contract.id())).isEmpty();
            assertThat(fixture.benefits.findBenefit(stranger, productSupport)).isEmpty();
        }
    }

    private Partner partner(String name, String mpnId) {
        return succeeded(fixture.registerPartner.registerPartner(fixture.operator(), RegisterPartnerUseCase.Command.of(name, mpnId)));
    }

    private Membership grant(Partner partner, MembershipOffer offer, String area, LocalDate startsOn, LocalDate endsOn) {
        return succeeded(fixture.memberships.grantMembership(fixture.operator(),
                GrantMembershipUseCase.Command.of(partner.id(), offer, area, startsOn, endsOn))).membership();
    }

    private Viewer member(Partner partner, String login, PartnerRole role, ProgramAssociation association) {
        succeeded(fixture.registerAccount.registerAccount(fixture.operator(), RegisterAccountUseCase.Command.of(login,
                AccountKind.AAD, partner.id(), role == null ? Set.of() : Set.of(role), Set.of(association))));
        return fixture.signedIn(login);
    }


    private static <T> T join(Future<T> future) {
        try {
            return future.get();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
