package com.partnerbenefits.application.service;

import static com.partnerbenefits.application.service.BackOfficeFixture.succeeded;
import static org.assertj.core.api.Assertions.assertThat;

import com.partnerbenefits.application.fake.InMemoryAdvisoryStore;
import com.partnerbenefits.application.port.in.AdvisoriesQuery.AdvisoryPage;
import com.partnerbenefits.application.port.in.Caller;
import com.partnerbenefits.application.port.in.GrantMembershipUseCase;
import com.partnerbenefits.application.port.in.IncidentHistoryQuery.PageRequest;
import com.partnerbenefits.application.port.in.Refusal;
import com.partnerbenefits.application.port.in.RefusalCode;
import com.partnerbenefits.application.port.in.RequestAdvisoryUseCase;
import com.partnerbenefits.application.port.in.RequestAdvisoryUseCase.Advised;
import com.partnerbenefits.application.port.in.Result;
import com.partnerbenefits.application.port.in.Viewer;
import com.partnerbenefits.domain.advisory.Advisory;
import com.partnerbenefits.domain.advisory.AdvisoryLine;
import com.partnerbenefits.domain.membership.Membership;
import com.partnerbenefits.domain.membership.MembershipOffer;
import com.partnerbenefits.domain.partner.AccountKind;
import com.partnerbenefits.domain.partner.Login;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AdvisoryServicesTest {

    private final BackOfficeFixture fixture = new BackOfficeFixture();
    private final ContosoWorld world = ContosoWorld.goldPartnerWithProductSupport(fixture, "Cloud Platform");
    private final InMemoryAdvisoryStore advisories = new InMemoryAdvisoryStore();
    private final AdvisoryService service = new AdvisoryService(fixture.access, fixture.stores.memberships(),
            fixture.stores.memberships(), advisories, fixture.stores.ids(), fixture.clock);
    private final Viewer support = fixture.identify.identify(new Caller(new Login("support@benefits.example"), AccountKind.AAD,
            false, true));
    private final Viewer member = world.member("dev@contoso.com", null);
    private final Membership pack = succeeded(fixture.memberships.grantMembership(fixture.operator(), GrantMembershipUseCase.Command.of(
            world.contoso.id(), MembershipOffer.ACTION_PACK, null, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), 10)))
            .membership();

    private Result<Advised, RequestAdvisoryUseCase.Reason> ask(Viewer viewer, int hours, String key) {
        return service.request(viewer, RequestAdvisoryUseCase.Command.of(pack.id(), "Landing zone", "Review", hours, key));
    }

    private static List<RefusalCode> codes(Result<?, ?> result) {
        return result.fold(value -> List.of(), refusals -> refusals.stream().map(Refusal::code).toList());
    }

    @Test
    void anOperatorGrantsAdvisoryHoursWithTheMembership() {
        assertThat(pack.advisoryHours().total()).isEqualTo(10);
        assertThat(pack.advisoryHours().remaining()).isEqualTo(10);
    }

    @Test
    void aRequestReservesItsHoursAtOnceAndIsRefusedNoHoursRemainingWhenTooFewRemain() {
        Advised first = succeeded(ask(member, 8, "k1"));

        assertThat(first.membership().advisoryHours().remaining()).isEqualTo(2);
        assertThat(codes(ask(member, 3, "k2"))).containsExactly(RefusalCode.NO_HOURS_REMAINING);
        assertThat(succeeded(ask(world.admin, 2, "k3")).membership().advisoryHours().remaining()).isZero();
    }

    @Test
    void aReplayedKeyAnswersTheFirstRequestWithoutReservingAgainAndAnotherRequestUnderItIsRefused() {
        Advised first = succeeded(ask(member, 2, "k1"));
        Advised again = succeeded(ask(member, 2, "k1"));

        assertThat(again.advisory()).isEqualTo(first.advisory());
        assertThat(again.membership().advisoryHours().remaining()).isEqualTo(8);
        assertThat(codes(ask(member, 3, "k1"))).containsExactly(RefusalCode.IDEMPOTENCY_KEY_REUSED);
    }

    @Test
    void supportEngineersAndOperatorsRequestNoAdvice() {
        assertThat(codes(ask(support, 1, "k1"))).containsExactly(RefusalCode.NOT_AUTHORIZED);
        assertThat(codes(ask(fixture.operator(), 1, "k1"))).containsExactly(RefusalCode.NOT_AUTHORIZED);
        assertThat(codes(ask(fixture.signedIn("stranger@fabrikam.com"), 1, "k1"))).containsExactly(RefusalCode.NOT_FOUND);
    }

    @Test
    void aCompletionChargesTheHoursUsedInHalfHoursAndGivesBackTheRest() {
        Advisory asked = succeeded(ask(member, 3, "k1")).advisory();

        assertThat(codes(service.complete(member, asked.id(), 1))).containsExactly(RefusalCode.NOT_AUTHORIZED);
        Advised completed = succeeded(service.complete(support, asked.id(), 1.2));

        assertThat(completed.advisory().usedHalfHours()).isEqualTo(3);
        assertThat(completed.membership().advisoryHours().remaining()).isEqualTo(8.5);
        assertThat(codes(service.withdraw(member, asked.id()))).containsExactly(RefusalCode.ADVISORY_SETTLED);
        assertThat(codes(service.complete(support, asked.id(), 0))).containsExactly(RefusalCode.ADVISORY_SETTLED);
        assertThat(fixture.stores.memberships().findMembership(pack.id()).orElseThrow().advisoryHours().remaining()).isEqualTo(8.5);
    }

    @Test
    void aWithdrawalBeforeCompletionGivesBackAllAndOnlyTheRequesterOrTheAdminsWithdraw() {
        Advisory asked = succeeded(ask(member, 3, "k1")).advisory();

        assertThat(codes(service.withdraw(world.member("other@contoso.com", null), asked.id())))
                .containsExactly(RefusalCode.NOT_AUTHORIZED);
        assertThat(succeeded(service.withdraw(world.admin, asked.id())).membership().advisoryHours().remaining()).isEqualTo(10);
        assertThat(codes(service.complete(support, asked.id(), 1))).containsExactly(RefusalCode.ADVISORY_SETTLED);
    }

    @Test
    void theAdvisoriesComeNewestFirstWithLedgerLinesThatAddUpToTheHoursTaken() {
        Advisory first = succeeded(ask(member, 3, "k1")).advisory();
        succeeded(ask(member, 2, "k2"));
        succeeded(service.complete(support, first.id(), 2.5));

        AdvisoryPage page = succeeded(service.advisoriesOf(world.admin, pack.id(), PageRequest.of(1, Optional.empty(), 20)));
        AdvisoryPage next = succeeded(service.advisoriesOf(world.admin, pack.id(),
                PageRequest.of(5, Optional.of(Advisory.Cursor.of(page.items().get(0).advisory())), 20)));

        assertThat(page.hasNext()).isTrue();
        assertThat(next.items()).hasSize(1);
        assertThat(next.items().get(0).ledger()).extracting(AdvisoryLine::kind)
                .containsExactly(AdvisoryLine.Kind.RESERVED, AdvisoryLine.Kind.UNUSED);
        int taken = -page.items().get(0).ledger().stream().mapToInt(AdvisoryLine::delta).sum()
                - next.items().get(0).ledger().stream().mapToInt(AdvisoryLine::delta).sum();
        assertThat(fixture.stores.memberships().findMembership(pack.id()).orElseThrow().advisoryHours().halfHours().remaining())
                .isEqualTo(20 - taken).isEqualTo(11);
        assertThat(codes(service.advisoriesOf(support, pack.id(), PageRequest.of(1, Optional.empty(), 20))))
                .containsExactly(RefusalCode.NOT_FOUND);
    }

    @Test
    void requestsOnAnEndedMembershipAreRefused() {
        Membership ended = succeeded(fixture.memberships.grantMembership(fixture.operator(), GrantMembershipUseCase.Command.of(
                world.contoso.id(), MembershipOffer.ACTION_PACK, null, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), 10)))
                .membership();

        assertThat(codes(service.request(member, RequestAdvisoryUseCase.Command.of(ended.id(), "t", "", 1, "k"))))
                .containsExactly(RefusalCode.MEMBERSHIP_NOT_ACTIVE);
    }
}
