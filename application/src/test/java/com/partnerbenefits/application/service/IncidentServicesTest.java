package com.partnerbenefits.application.service;

import static com.partnerbenefits.application.service.BackOfficeFixture.succeeded;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.partnerbenefits.application.fake.InMemoryIncidentStore;
import com.partnerbenefits.application.port.in.IncidentHistoryQuery.PageRequest;
import com.partnerbenefits.application.port.in.LinkSupportContractUseCase;
import com.partnerbenefits.application.port.in.RaiseIncidentUseCase.Command;
import com.partnerbenefits.application.port.in.RaiseIncidentUseCase.Raised;
import com.partnerbenefits.application.port.in.Refusal;
import com.partnerbenefits.application.port.in.RefusalCode;
import com.partnerbenefits.application.port.in.RegisterProductUseCase;
import com.partnerbenefits.application.port.in.Result;
import com.partnerbenefits.application.port.in.UnavailabilityAnswers;
import com.partnerbenefits.application.port.in.Viewer;
import com.partnerbenefits.application.port.out.IncidentStore;
import com.partnerbenefits.domain.benefit.BenefitKind;
import com.partnerbenefits.domain.contract.SupportContract;
import com.partnerbenefits.domain.contract.UnavailabilityReason;
import com.partnerbenefits.domain.incident.Incident;
import com.partnerbenefits.domain.incident.IncidentCursor;
import com.partnerbenefits.domain.incident.IncidentPage;
import com.partnerbenefits.domain.incident.IncidentRequest;
import com.partnerbenefits.domain.incident.IncidentStatus;
import com.partnerbenefits.domain.incident.Severity;
import com.partnerbenefits.domain.incident.UsageEntry;
import com.partnerbenefits.domain.membership.Membership;
import com.partnerbenefits.domain.membership.MembershipOffer;
import com.partnerbenefits.domain.partner.PartnerRole;
import com.partnerbenefits.domain.partner.ProgramAssociation;
import com.partnerbenefits.domain.product.Product;
import com.partnerbenefits.domain.product.ProductKind;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class IncidentServicesTest {

    private final BackOfficeFixture fixture = new BackOfficeFixture();
    private final InMemoryIncidentStore incidentStore = new InMemoryIncidentStore();
    private final IncidentService incidents = incidents(incidentStore);
    private final IncidentHistoryService history = new IncidentHistoryService(fixture.access, incidentStore,
            fixture.stores.contracts(), fixture.stores.accounts());

    private final ContosoWorld world = ContosoWorld.goldPartnerWithProductSupport(fixture, "Cloud Platform");
    private final Viewer admin = world.admin;
    private final SupportContract productSupport = world.productSupport;
    private final SupportContract cloudSupport = world.activate(world.gold, BenefitKind.SIGNATURE_CLOUD_SUPPORT);
    private final Product sql = product("SQL Server", ProductKind.ON_PREMISES, List.of("2016", "2019", "2022"));
    private final Product azure = product("Azure", ProductKind.CLOUD, List.of());
    private final Viewer engineer = fixture.signedIn("engineer@outlook.com");

    @Test
    void anIncidentTakesOneFromItsContractAndTheLedgerSaysWhoAndWhich() {
        world.link(engineer, productSupport);

        Raised raised = succeeded(incidents.raise(engineer, onContract(productSupport, sql, "2022", "key-1")));

        assertThat(raised.contract().orElseThrow().contract().incidentsRemaining()).isEqualTo(19);
        assertThat(raised.incident().status()).isEqualTo(IncidentStatus.OPEN);
        assertThat(fixture.stores.contracts().usageOf(productSupport.id())).singleElement().satisfies(entry -> {
            assertThat(entry.kind()).isEqualTo(UsageEntry.Kind.CONSUMED);
            assertThat(entry.incident()).isEqualTo(raised.incident().id());
            assertThat(entry.account()).isEqualTo(engineer.account().id());
        });
    }

    @Test
    void anUnlimitedContractConsumesNothing() {
        world.link(engineer, cloudSupport);

        Raised raised = succeeded(incidents.raise(engineer, onContract(cloudSupport, azure, "current", "key-1")));

        assertThat(raised.contract().orElseThrow().contract().allowance().unlimited()).isTrue();
        assertThat(fixture.stores.contracts().usageOf(cloudSupport.id())).isEmpty();
    }

    @Test
    void aReplayedKeyAnswersTheFirstIncidentAndAReusedOneIsRefused() {
        world.link(engineer, productSupport);
        Raised first = succeeded(incidents.raise(engineer, onContract(productSupport, sql, "2022", "key-1")));

        Raised replay = succeeded(incidents.raise(engineer, onContract(productSupport, sql, "2022", "key-1")));
        Result<Raised, ?> reused = incidents.raise(engineer, onContract(productSupport, sql, "2019", "key-1"));

        assertThat(replay.incident()).isEqualTo(first.incident());
        assertThat(replay.contract().orElseThrow().contract().incidentsRemaining()).isEqualTo(19);
        assertThat(reused).isEqualTo(Result.refused(RefusalCode.IDEMPOTENCY_KEY_REUSED));
        assertThat(fixture.stores.contracts().findContract(productSupport.id()).orElseThrow().incidentsRemaining()).isEqualTo(19);
    }

    @Test
    void eachCheckHasItsOwnRefusal() {
        world.link(engineer, productSupport);
        Membership pack = world.grant(MembershipOffer.ACTION_PACK, null);
        SupportContract packSupport = world.activate(pack, BenefitKind.MICROSOFT_PRODUCT_SUPPORT);
        world.link(engineer, packSupport);

        assertThat(incidents.raise(admin, onContract(productSupport, sql, "2022", "k1")))
                .isEqualTo(Result.refused(RefusalCode.CONTRACT_NOT_LINKED));
        assertThat(incidents.raise(engineer, onContract(productSupport, sql, "2016", "k2")))
                .as("about the input's productVersion").isEqualTo(Result.refused(
                        Refusal.of(RefusalCode.PRODUCT_VERSION_NOT_SUPPORTED).on("productVersion")));
        assertThat(incidents.raise(engineer, onContract(productSupport, azure, "current", "k3")))
                .isEqualTo(Result.refused(RefusalCode.PRODUCT_KIND_NOT_COVERED));
        assertThat(incidents.raise(engineer, onContract(packSupport, azure, "current", "k4")))
                .isEqualTo(Result.refused(RefusalCode.CLOUD_SUPPORT_NOT_INCLUDED));
        assertThat(incidents.raise(engineer, onContract(productSupport, sql, "2008", "k5")))
                .isEqualTo(Result.refused(Refusal.notFound("productVersion")));
        fixture.stores.contracts().setRemaining(productSupport.id(), 0);
        assertThat(incidents.raise(engineer, onContract(productSupport, sql, "2022", "k6")))
                .isEqualTo(Result.refused(RefusalCode.NO_INCIDENTS_REMAINING));
        fixture.memberships.endMembership(fixture.operator(),
                com.partnerbenefits.application.port.in.EndMembershipUseCase.Command.of(pack.id(), LocalDate.of(2026, 2, 1)));
        assertThat(incidents.raise(engineer, onContract(packSupport, sql, "2022", "k7")))
                .isEqualTo(Result.refused(RefusalCode.CONTRACT_EXPIRED));
    }

    @Test
    void whenTheIncidentCannotBeStoredItsCountIsGivenBack() {
        world.link(engineer, productSupport);
        IncidentService failing = incidents(new InMemoryIncidentStore() {
            @Override
            public synchronized boolean addIfKeyFree(Incident incident) {
                throw new IllegalStateException("store down");
            }
        });

        assertThatThrownBy(() -> failing.raise(engineer, onContract(productSupport, sql, "2022", "key-1")))
                .hasMessage("store down");

        assertThat(fixture.stores.contracts().findContract(productSupport.id()).orElseThrow().incidentsRemaining()).isEqualTo(20);
        assertThat(fixture.stores.contracts().usageOf(productSupport.id())).extracting(UsageEntry::kind)
                .containsExactly(UsageEntry.Kind.CONSUMED, UsageEntry.Kind.REFUNDED);
    }

    @Test
    void aConsumptionCutShortIsGivenBackByTheReconciliationOnceItsGraceIsOver() {
        world.link(engineer, productSupport);
        InMemoryIncidentStore down = new InMemoryIncidentStore() {
            @Override
            public synchronized boolean addIfKeyFree(Incident incident) {
                throw new IllegalStateException("store down");
            }
        };
        fixture.stores.contracts().failGiveBacks(true);
        assertThatThrownBy(() -> incidents(down).raise(engineer, onContract(productSupport, sql, "2022", "key-1")));
        fixture.stores.contracts().failGiveBacks(false);
        assertThat(remaining()).isEqualTo(19);

        LinkingServicesTest.MovableClock later = new LinkingServicesTest.MovableClock();
        ReconcileConsumptionsService reconcile = new ReconcileConsumptionsService(fixture.stores.contracts(), incidentStore, later,
                java.time.Duration.ofMinutes(2), java.time.Duration.ofDays(1));
        later.set(fixture.clock.instant().plusSeconds(60));
        assertThat(reconcile.reconcile()).as("still within its grace").isZero();
        later.set(fixture.clock.instant().plusSeconds(180));
        assertThat(reconcile.reconcile()).isEqualTo(1);
        assertThat(reconcile.reconcile()).isZero();
        assertThat(remaining()).isEqualTo(20);
        succeeded(incidents.raise(engineer, onContract(productSupport, sql, "2022", "key-2")));
        later.set(fixture.clock.instant().plusSeconds(600));
        assertThat(reconcile.reconcile()).as("a stored incident is no orphan").isZero();
        assertThat(remaining()).isEqualTo(19);
    }

    private int remaining() {
        return fixture.stores.contracts().findContract(productSupport.id()).orElseThrow().incidentsRemaining();
    }

    @Test
    void anAdminAgentOfACspPartnerRaisesCloudIncidentsForCustomersWithoutAContract() {
        Viewer agent = world.member("agent@contoso.com", PartnerRole.ADMIN_AGENT, ProgramAssociation.CSP);
        String tenant = "72f988bf-86f1-41af-91ab-2d7cd011db47";

        Raised raised = succeeded(incidents.raise(agent, forCustomer(tenant, azure, "key-1")));

        assertThat(raised.contract()).isEmpty();
        assertThat(raised.incident().request().cspCustomerTenantId()).contains(tenant);
        assertThat(incidents.raise(agent, forCustomer(tenant, sql, "key-2")))
                .isEqualTo(Result.refused(RefusalCode.PRODUCT_KIND_NOT_COVERED));
        assertThat(incidents.raise(admin, forCustomer(tenant, azure, "key-3"))).isEqualTo(Result.refused(RefusalCode.NOT_AUTHORIZED));
        assertThat(incidents.raise(engineer, forCustomer(tenant, azure, "key-4"))).isEqualTo(Result.refused(RefusalCode.NOT_AUTHORIZED));
    }

    @Test
    void theRaiserWithdrawsAnOpenIncidentAndGetsItsCountBackOnce() {
        world.link(engineer, productSupport);
        Incident incident = succeeded(incidents.raise(engineer, onContract(productSupport, sql, "2022", "key-1"))).incident();

        assertThat(incidents.withdraw(fixture.signedIn("other@outlook.com"), incident.id()))
                .isEqualTo(Result.refused(Refusal.notFound("incidentId")));
        Raised withdrawn = succeeded(incidents.withdraw(engineer, incident.id()));
        Result<Raised, ?> again = incidents.withdraw(engineer, incident.id());

        assertThat(withdrawn.incident().status()).isEqualTo(IncidentStatus.WITHDRAWN);
        assertThat(withdrawn.contract().orElseThrow().contract().incidentsRemaining()).isEqualTo(20);
        assertThat(again).isEqualTo(Result.refused(RefusalCode.INCIDENT_NOT_OPEN));
        assertThat(fixture.stores.contracts().findContract(productSupport.id()).orElseThrow().incidentsRemaining()).isEqualTo(20);
    }

    @Test
    void historyPagesNewestFirstWithCursorsAndTheLedgerExplainsTheCount() {
        world.link(engineer, productSupport);
        for (int i = 0; i < 5; i++) {
            succeeded(incidents.raise(engineer, onContract(productSupport, sql, "2022", "key-" + i)));
        }
        IncidentPage first = succeeded(history.incidentsOf(engineer, productSupport.id(),
                PageRequest.of(2, Optional.empty(), 10)));
        Incident last = first.items().get(1);
        IncidentPage next = succeeded(history.incidentsOf(engineer, productSupport.id(),
                PageRequest.of(10, Optional.of(new IncidentCursor(last.raisedAt(), last.id())), 10)));

        assertThat(first.totalCount()).isEqualTo(5);
        assertThat(first.hasNext()).isTrue();
        assertThat(next.items()).hasSize(3).doesNotContainAnyElementsOf(first.items());
        assertThat(next.hasNext()).isFalse();
        assertThat(history.incidentsRaisedBy(engineer, PageRequest.of(null, Optional.empty(), 10)).totalCount()).isEqualTo(5);
        assertThat(history.incidentsOf(fixture.signedIn("other@outlook.com"), productSupport.id(),
                PageRequest.of(5, Optional.empty(), 10))).isEqualTo(Result.refused(Refusal.notFound("contractId")));
        var usage = succeeded(history.usageOf(admin, productSupport.id(), PageRequest.of(3, Optional.empty(), 10)));
        assertThat(usage.totalCount()).isEqualTo(5);
        assertThat(usage.items()).extracting(u -> u.number()).containsExactly(5L, 4L, 3L);
        assertThat(fixture.stores.contracts().usageOf(productSupport.id()).stream().mapToInt(e -> e.kind().delta()).sum())
                .isEqualTo(fixture.stores.contracts().findContract(productSupport.id()).orElseThrow().incidentsRemaining() - 20);
        assertThat(history.usageOf(engineer, productSupport.id(), PageRequest.of(3, Optional.empty(), 10)))
                .isEqualTo(Result.refused(RefusalCode.NOT_AUTHORIZED));
    }

    @Test
    void thePlanPickerRaisingAndLinkingGiveOneAnswerToOneSituation() {
        Membership pack = world.grant(MembershipOffer.ACTION_PACK, null);
        SupportContract packSupport = world.activate(pack, BenefitKind.MICROSOFT_PRODUCT_SUPPORT);
        world.link(engineer, packSupport);
        world.link(engineer, productSupport);
        LinkedContractsService plans = new LinkedContractsService(fixture.access, fixture.stores.links(), fixture.stores.contracts(),
                fixture.stores.memberships(), fixture.stores.accounts(), fixture.stores.products(), fixture.clock);

        List<UnavailabilityReason> forAzure = succeeded(plans.supportPlans(engineer, azure.id(), "current")).unavailable()
                .stream().filter(u -> u.plan().contract().contract().id().equals(packSupport.id())).findFirst()
                .orElseThrow().reasons();
        assertThat(forAzure).containsExactly(UnavailabilityReason.CLOUD_SUPPORT_NOT_INCLUDED);
        assertThat(UnavailabilityAnswers.inPlanPicker(forAzure.get(0))).isEqualTo(UnavailabilityReason.PRODUCT_KIND_NOT_COVERED);
        assertThat(incidents.raise(engineer, onContract(packSupport, azure, "current", "k1")))
                .isEqualTo(Result.refused(UnavailabilityAnswers.whenRaising(forAzure.get(0))));

        fixture.stores.contracts().setRemaining(productSupport.id(), 0);
        List<UnavailabilityReason> exhausted = succeeded(plans.supportPlans(engineer, sql.id(), "2022")).unavailable()
                .stream().filter(u -> u.plan().contract().contract().id().equals(productSupport.id())).findFirst()
                .orElseThrow().reasons();
        assertThat(exhausted).containsExactly(UnavailabilityReason.EXHAUSTED);
        assertThat(incidents.raise(engineer, onContract(productSupport, sql, "2022", "k2")))
                .isEqualTo(Result.refused(RefusalCode.NO_INCIDENTS_REMAINING));
        assertThat(fixture.linking.link(admin, new LinkSupportContractUseCase.Command(productSupport.accessId(),
                productSupport.contractId()))).isEqualTo(Result.refused(RefusalCode.CONTRACT_EXHAUSTED));
    }

    private IncidentService incidents(IncidentStore store) {
        return new IncidentService(fixture.access, store, fixture.stores.contracts(),
                fixture.stores.products(), fixture.stores.partners(), fixture.stores.ids(), fixture.clock);
    }

    private static Command onContract(SupportContract contract, Product product, String version, String key) {
        return Command.of(IncidentRequest.of(Optional.of(contract.id()), null, product.id(), version, "It broke",
                "Steps:\n1. start\n2. crash", Severity.B), key);
    }

    private static Command forCustomer(String tenant, Product product, String key) {
        return Command.of(IncidentRequest.of(Optional.empty(), tenant, product.id(), product.versions().get(0), "Tenant down",
                "", Severity.A), key);
    }

    private Product product(String name, ProductKind kind, List<String> versions) {
        return succeeded(new RegisterProductService(fixture.access, fixture.stores.products(), fixture.stores.ids()).registerProduct(fixture.operator(),
                RegisterProductUseCase.Command.of(name, kind, versions)));
    }
}
