package com.partnerbenefits.application.service;

import static com.partnerbenefits.application.service.BackOfficeFixture.succeeded;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.partnerbenefits.application.fake.InMemoryIncidentStore;
import com.partnerbenefits.application.port.in.Caller;
import com.partnerbenefits.application.port.in.IncidentHistoryQuery.PageRequest;
import com.partnerbenefits.application.port.in.RaiseIncidentUseCase;
import com.partnerbenefits.application.port.in.RefusalCode;
import com.partnerbenefits.application.port.in.RegisterProductUseCase;
import com.partnerbenefits.application.port.in.ResolveIncidentUseCase;
import com.partnerbenefits.application.port.in.ResolveIncidentUseCase.Resolved;
import com.partnerbenefits.application.port.in.Result;
import com.partnerbenefits.application.port.in.UpdatePartnerUseCase;
import com.partnerbenefits.application.port.in.Viewer;
import com.partnerbenefits.domain.contract.SupportContract;
import com.partnerbenefits.domain.incident.Incident;
import com.partnerbenefits.domain.incident.IncidentPage;
import com.partnerbenefits.domain.incident.IncidentRequest;
import com.partnerbenefits.domain.incident.IncidentStatus;
import com.partnerbenefits.domain.incident.Resolution;
import com.partnerbenefits.domain.incident.ResolutionCause;
import com.partnerbenefits.domain.incident.Severity;
import com.partnerbenefits.domain.incident.SupportQueue;
import com.partnerbenefits.domain.incident.UsageEntry;
import com.partnerbenefits.domain.partner.AccountKind;
import com.partnerbenefits.domain.partner.Login;
import com.partnerbenefits.domain.partner.Partner;
import com.partnerbenefits.domain.partner.PartnerRole;
import com.partnerbenefits.domain.partner.ProgramAssociation;
import com.partnerbenefits.domain.product.Product;
import com.partnerbenefits.domain.product.ProductKind;
import com.partnerbenefits.domain.shared.InvalidInputException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The fixture's clock stands at Sunday 2026-03-01 10:00 UTC. */
class SupportDeskServicesTest {

    private final BackOfficeFixture fixture = new BackOfficeFixture();
    private final InMemoryIncidentStore incidentStore = new InMemoryIncidentStore();
    private final IncidentService incidents = new IncidentService(fixture.access, incidentStore, fixture.stores.contracts(),
            fixture.stores.products(), fixture.stores.partners(),
            fixture.stores.ids(), fixture.clock);
    private final SupportDeskService desk = new SupportDeskService(fixture.access, incidentStore, fixture.stores.contracts(),
            fixture.stores.memberships(), fixture.clock);
    private final UpdatePartnerService updatePartner = new UpdatePartnerService(fixture.access, fixture.stores.partners());

    private final ContosoWorld world = ContosoWorld.goldPartnerWithProductSupport(fixture, "Cloud Platform", "Asia/Tokyo");
    private final Partner contoso = world.contoso;
    private final Viewer admin = world.admin;
    private final SupportContract productSupport = world.productSupport;
    private final Product sql = succeeded(new RegisterProductService(fixture.access, fixture.stores.products(), fixture.stores.ids()).registerProduct(
            fixture.operator(), RegisterProductUseCase.Command.of("SQL Server", ProductKind.ON_PREMISES, List.of("2019", "2022"))));
    private final Viewer raiser = world.linkedAccount("engineer@outlook.com");
    private final Viewer support = fixture.identify.identify(new Caller(new Login("support@benefits.example"), AccountKind.AAD,
            false, true));

    @Test
    void onlySupportEngineersReadTheQueueAndChangeAnIncidentsStatus() {
        Incident incident = raise(Severity.B, "k1");

        for (Viewer other : List.of(admin, raiser, fixture.operator())) {
            assertThat(desk.supportQueue(other, defaultFilter(), page(null))).isEqualTo(Result.refused(RefusalCode.NOT_AUTHORIZED));
            assertThat(desk.startWork(other, incident.id())).isEqualTo(Result.refused(RefusalCode.NOT_AUTHORIZED));
            assertThat(desk.resolve(other, resolve(incident, ResolutionCause.PRODUCT_DEFECT)))
                    .isEqualTo(Result.refused(RefusalCode.NOT_AUTHORIZED));
        }
        assertThat(remaining()).isEqualTo(19);
    }

    @Test
    void startingWorkIsTheFirstResponseAndEndsTheChanceToWithdraw() {
        Incident incident = raise(Severity.B, "k1");

        Incident working = succeeded(desk.startWork(support, incident.id()));

        assertThat(working.status()).isEqualTo(IncidentStatus.IN_PROGRESS);
        assertThat(working.firstRespondedAt()).contains(fixture.clock.instant());
        assertThat(desk.startWork(support, incident.id())).isEqualTo(Result.refused(RefusalCode.INCIDENT_NOT_OPEN));
        assertThat(incidents.withdraw(raiser, incident.id())).isEqualTo(Result.refused(RefusalCode.INCIDENT_NOT_OPEN));
        assertThat(remaining()).isEqualTo(19);
    }

    @Test
    void aProductDefectGivesTheIncidentBackOnceWithALineThatSaysWhy() {
        Incident incident = raise(Severity.A, "k1");

        Resolved resolved = succeeded(desk.resolve(support, resolve(incident, ResolutionCause.PRODUCT_DEFECT)));

        assertThat(resolved.incident().status()).isEqualTo(IncidentStatus.RESOLVED);
        assertThat(resolved.incident().resolution().orElseThrow().note()).isEqualTo("Known issue, fixed in CU3");
        assertThat(resolved.contract().orElseThrow().contract().incidentsRemaining()).isEqualTo(20);
        assertThat(desk.resolve(support, resolve(incident, ResolutionCause.PRODUCT_DEFECT)))
                .isEqualTo(Result.refused(RefusalCode.INCIDENT_NOT_OPEN));
        assertThat(remaining()).isEqualTo(20);
        assertThat(fixture.stores.contracts().usageOf(productSupport.id())).filteredOn(line -> line.kind() == UsageEntry.Kind.REFUNDED)
                .singleElement().satisfies(line -> {
                    assertThat(line.reason()).contains(UsageEntry.RefundReason.PRODUCT_DEFECT);
                    assertThat(line.account()).isEqualTo(support.account().id());
                });
    }

    @Test
    void theOtherCausesKeepTheIncidentTaken() {
        succeeded(desk.resolve(support, resolve(raise(Severity.C, "k1"), ResolutionCause.SOLVED)));
        succeeded(desk.resolve(support, resolve(raise(Severity.C, "k2"), ResolutionCause.OTHER)));

        assertThat(remaining()).isEqualTo(18);
    }

    @Test
    void aResolvedIncidentCanNoLongerBeWithdrawnForItsCountBack() {
        Incident incident = raise(Severity.B, "k1");
        succeeded(desk.resolve(support, resolve(incident, ResolutionCause.SOLVED)));

        assertThat(incidents.withdraw(raiser, incident.id())).isEqualTo(Result.refused(RefusalCode.INCIDENT_NOT_OPEN));
        assertThat(remaining()).isEqualTo(19);
    }

    @Test
    void aWithdrawnIncidentCannotBeResolvedAsADefectForASecondRefund() {
        Incident incident = raise(Severity.B, "k1");
        succeeded(incidents.withdraw(raiser, incident.id()));

        assertThat(desk.resolve(support, resolve(incident, ResolutionCause.PRODUCT_DEFECT)))
                .isEqualTo(Result.refused(RefusalCode.INCIDENT_NOT_OPEN));
        assertThat(remaining()).isEqualTo(20);
        assertThat(fixture.stores.contracts().usageOf(productSupport.id())).filteredOn(line -> line.kind() == UsageEntry.Kind.REFUNDED)
                .singleElement().satisfies(line -> assertThat(line.reason()).contains(UsageEntry.RefundReason.WITHDRAWN));
    }

    @Test
    void manyConcurrentResolvesAndRetriesRefundExactlyOnce() throws Exception {
        Incident incident = raise(Severity.A, "k1");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Callable<Boolean>> attempts = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            ResolutionCause cause = i % 3 == 0 ? ResolutionCause.SOLVED : ResolutionCause.PRODUCT_DEFECT;
            attempts.add(() -> desk.resolve(support, resolve(incident, cause)) instanceof Result.Succeeded);
        }
        int won = 0;
        for (Future<Boolean> attempt : pool.invokeAll(attempts)) {
            won += attempt.get() ? 1 : 0;
        }
        pool.shutdown();

        Incident stored = incidentStore.findIncident(incident.id()).orElseThrow();
        boolean defect = stored.resolution().orElseThrow().givesIncidentBack();
        long refunds = fixture.stores.contracts().usageOf(productSupport.id()).stream()
                .filter(line -> line.kind() == UsageEntry.Kind.REFUNDED).count();
        assertThat(won).isEqualTo(1);
        assertThat(refunds).isEqualTo(defect ? 1 : 0);
        assertThat(remaining()).isEqualTo(defect ? 20 : 19);
    }

    @Test
    void aResolutionCutShortBeforeItsRefundIsCompletedByRepeatingIt() {
        Incident incident = raise(Severity.B, "k1");
        Incident resolvedOnly = incident.resolve(new Resolution(ResolutionCause.PRODUCT_DEFECT, "", Instant.now())).orElseThrow();
        incidentStore.changeIfStatus(resolvedOnly, IncidentStatus.OPEN); // stored, then the process died
        assertThat(remaining()).isEqualTo(19);

        assertThat(desk.resolve(support, resolve(incident, ResolutionCause.PRODUCT_DEFECT)))
                .isEqualTo(Result.refused(RefusalCode.INCIDENT_NOT_OPEN));
        desk.resolve(support, resolve(incident, ResolutionCause.PRODUCT_DEFECT));

        assertThat(remaining()).isEqualTo(20);
    }

    @Test
    void aResolutionCutShortBeforeItsRefundIsGivenBackByTheReconciliationOnce() {
        Incident incident = raise(Severity.B, "k1");
        Incident charged = raise(Severity.B, "k2");
        incidentStore.changeIfStatus(incident.resolve(new Resolution(ResolutionCause.PRODUCT_DEFECT, "", Instant.now()))
                .orElseThrow(), IncidentStatus.OPEN); // stored, then the process died
        ReconcileConsumptionsService reconciliation = new ReconcileConsumptionsService(fixture.stores.contracts(), incidentStore,
                Clock.offset(fixture.clock, Duration.ofMinutes(10)), Duration.ofMinutes(2), Duration.ofDays(1));

        assertThat(reconciliation.reconcile()).isEqualTo(1);
        assertThat(reconciliation.reconcile()).isZero();
        assertThat(remaining()).isEqualTo(19);
        assertThat(incidentStore.findIncident(charged.id()).orElseThrow().status()).isEqualTo(IncidentStatus.OPEN);
    }

    @Test
    void theFirstResponseIsDueInThePartnersBusinessHours() {
        // Sunday 10:00 UTC is Sunday 19:00 in Tokyo: four business hours from Monday 09:00 JST.
        assertThat(raise(Severity.B, "k1").firstResponseDueAt()).isEqualTo(Instant.parse("2026-03-02T04:00:00Z"));
        succeeded(updatePartner.updatePartner(fixture.operator(),
                UpdatePartnerUseCase.Command.of(contoso.id(), null, "Europe/Berlin")));
        assertThat(raise(Severity.B, "k2").firstResponseDueAt()).isEqualTo(Instant.parse("2026-03-02T12:00:00Z"));
        assertThat(raise(Severity.A, "k3").firstResponseDueAt()).isEqualTo(Instant.parse("2026-03-01T12:00:00Z"));
    }

    @Test
    void underTheCspPlanTheFirstResponseIsDueInTheRaisingAccountsPartnersHoursAndNothingIsGivenBack() {
        Viewer agent = world.member("agent@contoso.com", PartnerRole.ADMIN_AGENT, ProgramAssociation.CSP);
        Product azure = succeeded(new RegisterProductService(fixture.access, fixture.stores.products(), fixture.stores.ids()).registerProduct(
                fixture.operator(), RegisterProductUseCase.Command.of("Azure", ProductKind.CLOUD, List.of())));
        Incident incident = succeeded(incidents.raise(agent, RaiseIncidentUseCase.Command.of(IncidentRequest.of(
                Optional.empty(), "72f988bf-86f1-41af-91ab-2d7cd011db47", azure.id(), "current", "Tenant down", "",
                Severity.C), "csp-1"))).incident();

        // Sunday 19:00 in Tokyo: eight business hours from Monday 09:00 JST end at 17:00 JST.
        assertThat(incident.firstResponseDueAt()).isEqualTo(Instant.parse("2026-03-02T08:00:00Z"));
        Resolved resolved = succeeded(desk.resolve(support, resolve(incident, ResolutionCause.PRODUCT_DEFECT)));
        assertThat(resolved.contract()).isEmpty();
        assertThat(remaining()).isEqualTo(20);
    }

    @Test
    void theQueueShowsOpenAndInProgressIncidentsEarliestDueFirstAndPagesStably() {
        Incident c = raise(Severity.C, "c");
        Incident b = raise(Severity.B, "b");
        Incident a = raise(Severity.A, "a");
        Incident resolved = raise(Severity.A, "resolved");
        succeeded(desk.resolve(support, resolve(resolved, ResolutionCause.SOLVED)));
        succeeded(desk.startWork(support, b.id()));

        IncidentPage first = succeeded(desk.supportQueue(support, defaultFilter(), page(2, Optional.empty())));
        IncidentPage rest = succeeded(desk.supportQueue(support, defaultFilter(),
                page(2, Optional.of(SupportQueue.Cursor.of(first.items().get(1))))));

        assertThat(first.items()).extracting(Incident::id).containsExactly(a.id(), b.id());
        assertThat(first.hasNext()).isTrue();
        assertThat(first.totalCount()).isEqualTo(3);
        assertThat(rest.items()).extracting(Incident::id).containsExactly(c.id());
        assertThat(rest.hasNext()).isFalse();
        assertThat(succeeded(desk.supportQueue(support, SupportQueue.Filter.of(List.of(IncidentStatus.RESOLVED), null),
                page(null))).items()).extracting(Incident::id).containsExactly(resolved.id());
        assertThat(succeeded(desk.supportQueue(support, SupportQueue.Filter.of(null, List.of(Severity.B, Severity.C)),
                page(null))).items()).extracting(Incident::id).containsExactly(b.id(), c.id());
    }

    @Test
    void anOperatorRenamesAPartnerOrMovesItsTimeZoneAndOmittedFieldsStay() {
        Partner renamed = succeeded(updatePartner.updatePartner(fixture.operator(),
                UpdatePartnerUseCase.Command.of(contoso.id(), "Contoso Japan", null)));

        assertThat(renamed.name()).isEqualTo("Contoso Japan");
        assertThat(renamed.timeZone()).isEqualTo(ZoneId.of("Asia/Tokyo"));
        assertThat(updatePartner.updatePartner(admin, UpdatePartnerUseCase.Command.of(contoso.id(), "X", null)))
                .isEqualTo(Result.refused(RefusalCode.NOT_AUTHORIZED));
        assertThatThrownBy(() -> UpdatePartnerUseCase.Command.of(contoso.id(), null, "Mars/Olympus_Mons"))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> UpdatePartnerUseCase.Command.of(contoso.id(), null, "+09:00"))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> UpdatePartnerUseCase.Command.of(contoso.id(), null, "SystemV/EST5"))
                .as("a System V offset is not a region").isInstanceOf(InvalidInputException.class);
        assertThat(fixture.stores.partners().findPartner(contoso.id()).orElseThrow().timeZone()).isEqualTo(ZoneId.of("Asia/Tokyo"));
    }

    private Incident raise(Severity severity, String key) {
        return succeeded(incidents.raise(raiser, RaiseIncidentUseCase.Command.of(IncidentRequest.of(
                Optional.of(productSupport.id()), null, sql.id(), "2022", "It broke " + key, "", severity), key))).incident();
    }

    private static ResolveIncidentUseCase.Command resolve(Incident incident, ResolutionCause cause) {
        return ResolveIncidentUseCase.Command.of(incident.id(), cause, " Known issue, fixed in CU3 ");
    }

    private static SupportQueue.Filter defaultFilter() {
        return SupportQueue.Filter.of(null, null);
    }

    private static PageRequest<SupportQueue.Cursor> page(Integer first) {
        return PageRequest.of(first, Optional.empty(), 20);
    }

    private static PageRequest<SupportQueue.Cursor> page(Integer first, Optional<SupportQueue.Cursor> after) {
        return PageRequest.of(first, after, 20);
    }

    private int remaining() {
        return fixture.stores.contracts().findContract(productSupport.id()).orElseThrow().incidentsRemaining();
    }
}
