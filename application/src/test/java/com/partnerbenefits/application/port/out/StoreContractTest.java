package com.partnerbenefits.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import com.partnerbenefits.domain.benefit.BenefitKind;
import com.partnerbenefits.domain.benefit.TechnicalBenefit;
import com.partnerbenefits.domain.benefit.TechnicalBenefitId;
import com.partnerbenefits.domain.contract.AttemptWindow;
import com.partnerbenefits.domain.contract.ContractCredentials;
import com.partnerbenefits.domain.contract.ContractEvent;
import com.partnerbenefits.domain.contract.ContractEventKind;
import com.partnerbenefits.domain.shared.Page;
import com.partnerbenefits.domain.contract.ContractLink;
import com.partnerbenefits.domain.contract.ContractId;
import com.partnerbenefits.domain.contract.SupportContract;
import com.partnerbenefits.domain.contract.SupportContractId;
import com.partnerbenefits.domain.incident.Incident;
import com.partnerbenefits.domain.incident.IncidentCursor;
import com.partnerbenefits.domain.incident.IncidentPage;
import com.partnerbenefits.domain.incident.IncidentId;
import com.partnerbenefits.domain.incident.IncidentRequest;
import com.partnerbenefits.domain.incident.IncidentStatus;
import com.partnerbenefits.domain.incident.Resolution;
import com.partnerbenefits.domain.incident.ResolutionCause;
import com.partnerbenefits.domain.incident.SupportQueue;
import java.time.ZoneId;
import com.partnerbenefits.domain.incident.IncidentUsage;
import com.partnerbenefits.domain.incident.Severity;
import com.partnerbenefits.domain.incident.UsageEntry;
import com.partnerbenefits.domain.membership.CompetencyArea;
import com.partnerbenefits.domain.membership.Membership;
import com.partnerbenefits.domain.membership.MembershipId;
import com.partnerbenefits.domain.membership.MembershipOffer;
import com.partnerbenefits.domain.partner.Account;
import com.partnerbenefits.domain.partner.AccountId;
import com.partnerbenefits.domain.partner.AccountKind;
import com.partnerbenefits.domain.partner.Login;
import com.partnerbenefits.domain.partner.MpnId;
import com.partnerbenefits.domain.partner.Partner;
import com.partnerbenefits.domain.partner.PartnerId;
import com.partnerbenefits.domain.partner.PartnerRole;
import com.partnerbenefits.domain.partner.ProgramAssociation;
import com.partnerbenefits.domain.product.Product;
import com.partnerbenefits.domain.product.ProductId;
import com.partnerbenefits.domain.product.ProductKind;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The promises every implementation of the out-ports keeps, written once against the port interfaces
 * and run on the in-memory fakes (application), the embedded store and a real MongoDB (adapters-mongo),
 * so the services' tests run on fakes that behave like production.
 */
public abstract class StoreContractTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    /** One implementation of every out-port, over one empty store. */
    public record Stores(PartnerStore partners, AccountStore accounts, MembershipStore memberships, ProductStore products,
            SupportContractStore contracts, ContractLinkStore links, LinkAttemptStore linkAttempts, IncidentStore incidents,
            RateLimitStore rateLimits, IdGenerator ids, ContractControlStore controls, LinkLifecycleStore lifecycle,
            ContractHistoryStore history) {
    }

    protected Stores stores;

    /** Fresh stores over an empty store, for each test. */
    protected abstract Stores emptyStores();

    @BeforeEach
    void startFromAnEmptyStore() {
        stores = emptyStores();
    }

    @Test
    void aPartnerRoundTripsAndItsMpnIdIsUnique() {
        Partner contoso = partner("Contoso", "1234567");

        assertThat(stores.partners().addIfMpnIdFree(contoso)).isTrue();
        assertThat(stores.partners().addIfMpnIdFree(partner("Fabrikam", "1234567"))).isFalse();
        assertThat(stores.partners().findPartner(contoso.id())).contains(contoso);
    }

    @Test
    void concurrentFirstSightingsOfOneLoginRecordOneAccount() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Account>> sightings = IntStream.range(0, 16).mapToObj(i -> pool.submit(() ->
                    stores.accounts().findOrRecord(Account.standalone(new AccountId(stores.ids().newId()),
                            new Login("new@outlook.com"), AccountKind.MSA, NOW)))).toList();

            Set<AccountId> ids = new java.util.HashSet<>();
            for (Future<Account> sighting : sightings) {
                ids.add(sighting.get().id());
            }
            assertThat(ids).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void registeringAPartnerAccountAdoptsTheStandaloneAccountOfThatLogin() {
        Account standalone = stores.accounts().findOrRecord(
                Account.standalone(new AccountId(stores.ids().newId()), new Login("bob@contoso.com"), AccountKind.AAD, NOW));
        Account member = member("bob@contoso.com", new PartnerId("p1"));

        Optional<Account> registered = stores.accounts().registerPartnerAccount(member);

        assertThat(registered).isPresent();
        assertThat(registered.get().id()).isEqualTo(standalone.id());
        assertThat(registered.get().roles()).containsExactly(PartnerRole.GLOBAL_ADMIN);
        assertThat(stores.accounts().findByLogin(new Login("BOB@contoso.com"))).contains(registered.get());
    }

    @Test
    void aLoginHeldByAPartnerAccountIsNotTakenOver() {
        stores.accounts().registerPartnerAccount(member("bob@contoso.com", new PartnerId("p1")));

        assertThat(stores.accounts().registerPartnerAccount(member("bob@contoso.com", new PartnerId("p2")))).isEmpty();
        assertThat(stores.accounts().findByLogin(new Login("bob@contoso.com")).orElseThrow().partnerId())
                .contains(new PartnerId("p1"));
    }

    @Test
    void membershipsRoundTripNewestFirstAndTheirEndOnlyMovesEarlier() {
        PartnerId partner = new PartnerId("p1");
        Membership older = membership(partner, LocalDate.of(2025, 1, 1));
        Membership newer = membership(partner, LocalDate.of(2026, 1, 1));
        stores.memberships().addMembership(older);
        stores.memberships().addMembership(newer);
        stores.memberships().addMembership(membership(new PartnerId("p2"), LocalDate.of(2026, 1, 1)));

        assertThat(stores.memberships().membershipsOf(List.of(partner)).get(partner)).containsExactly(newer, older);
        assertThat(stores.memberships().moveEndEarlier(newer.id(), LocalDate.of(2026, 6, 30)).orElseThrow().endsOn())
                .isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(stores.memberships().moveEndEarlier(newer.id(), LocalDate.of(2026, 9, 30)).orElseThrow().endsOn())
                .isEqualTo(LocalDate.of(2026, 6, 30));
    }

    @Test
    void productNamesAreUniqueIgnoringCaseAndListedByName() {
        Product sql = product("SQL Server", ProductKind.ON_PREMISES, List.of("2019", "2022"));
        Product azure = product("Azure", ProductKind.CLOUD, List.of());

        assertThat(stores.products().addIfNameFree(sql)).isTrue();
        assertThat(stores.products().addIfNameFree(azure)).isTrue();
        assertThat(stores.products().addIfNameFree(product("sql server", ProductKind.ON_PREMISES, List.of("1")))).isFalse();
        assertThat(stores.products().allProducts()).containsExactly(azure, sql);
        assertThat(stores.products().findProduct(sql.id())).contains(sql);
    }

    @Test
    void membershipsOfSeveralPartnersComeInOneAnswerWithAnEntryForEveryPartner() {
        PartnerId p1 = new PartnerId("p1");
        Membership older = membership(p1, LocalDate.of(2025, 1, 1));
        Membership newer = membership(p1, LocalDate.of(2026, 1, 1));
        Membership other = membership(new PartnerId("p2"), LocalDate.of(2026, 1, 1));
        List.of(older, newer, other).forEach(stores.memberships()::addMembership);

        var found = stores.memberships().membershipsOf(List.of(p1, new PartnerId("p2"), new PartnerId("p3")));

        assertThat(found).containsEntry(p1, List.of(newer, older)).containsEntry(new PartnerId("p2"), List.of(other))
                .containsEntry(new PartnerId("p3"), List.of());
    }

    @Test
    void aContractRoundTripsAndIsFoundByItsBenefit() {
        Membership gold = membership(new PartnerId("p1"), LocalDate.of(2026, 1, 1));
        SupportContract product = contract(gold, BenefitKind.MICROSOFT_PRODUCT_SUPPORT, 1);
        SupportContract cloud = contract(gold, BenefitKind.SIGNATURE_CLOUD_SUPPORT, 2);

        assertThat(stores.contracts().addIfUnique(product)).isTrue();
        assertThat(stores.contracts().addIfUnique(cloud)).isTrue();

        assertThat(stores.contracts().findContract(product.id())).contains(product);
        assertThat(stores.contracts().findByBenefit(cloud.benefitId())).contains(cloud);
        assertThat(stores.contracts().contractsOf(List.of(product.benefitId(), cloud.benefitId(),
                new TechnicalBenefitId(new MembershipId("none"), BenefitKind.MICROSOFT_PRODUCT_SUPPORT))))
                .containsOnly(Map.entry(product.benefitId(), product), Map.entry(cloud.benefitId(), cloud));
    }

    /**
     * SPEC 5.1: a contract's history keeps every line. An account unlinked by the admin relinks and
     * unlinks itself 500 times: the admin's UNLINKED line and the account's first LINKED line are still
     * there, and pages of the history walk every line once, newest first.
     */
    @Test
    void aContractsHistoryKeepsEveryLineWhateverTheNumberOfRelinks() {
        Membership gold = membership(new PartnerId("p1"), LocalDate.of(2026, 1, 1));
        SupportContract contract = contract(gold, BenefitKind.MICROSOFT_PRODUCT_SUPPORT, 1);
        AccountId admin = new AccountId("admin");
        AccountId relinker = new AccountId("relinker");
        assertThat(stores.controls().addActivated(contract, admin)).isTrue();
        Instant at = NOW;
        String firstLink = relink(contract, relinker, at = at.plusSeconds(1));
        String revocation = stores.ids().newId();
        stores.lifecycle().unlink(contract.id(), relinker, ContractEvent.unlinked(revocation, admin, relinker, at = at.plusSeconds(1)));
        int cycles = 500;
        for (int i = 0; i < cycles; i++) {
            relink(contract, relinker, at = at.plusSeconds(1));
            stores.lifecycle().unlink(contract.id(), relinker, ContractEvent.unlinked(stores.ids().newId(), relinker, relinker,
                    at = at.plusSeconds(1)));
        }

        List<ContractEvent> all = new ArrayList<>();
        Optional<ContractHistoryStore.Place> after = Optional.empty();
        Page<ContractEvent> page;
        do {
            page = stores.history().history(contract.id(), 100, after);
            assertThat(page.totalCount()).isEqualTo(3 + 2L * cycles);
            all.addAll(page.items());
            ContractEvent last = page.items().get(page.items().size() - 1);
            after = Optional.of(new ContractHistoryStore.Place(last.at(), last.key()));
        } while (page.hasNext());

        assertThat(all).hasSize(3 + 2 * cycles).extracting(ContractEvent::key).doesNotHaveDuplicates();
        assertThat(all).isSortedAccordingTo(java.util.Comparator.comparing(ContractEvent::at).reversed());
        assertThat(all).extracting(ContractEvent::key).contains(firstLink, revocation);
        assertThat(all.get(all.size() - 1).kind()).isEqualTo(ContractEventKind.ACTIVATED);
        assertThat(all.stream().filter(line -> line.key().equals(revocation)).findFirst().orElseThrow().actor()).contains(admin);
    }

    /** Claims and confirms the link as linking does, and answers its LINKED line's key. */
    private String relink(SupportContract contract, AccountId account, Instant at) {
        assertThat(stores.lifecycle().claim(new ContractLink(contract.id(), account, at), contract.accessId())).isTrue();
        String key = stores.ids().newId();
        assertThat(stores.lifecycle().confirm(contract.id(), account, contract.accessId(), ContractEvent.linked(key, account, at))).isTrue();
        return key;
    }

    @Test
    void aBenefitHasOneContractAndCredentialsAreNeverShared() {
        Membership gold = membership(new PartnerId("p1"), LocalDate.of(2026, 1, 1));
        SupportContract first = contract(gold, BenefitKind.MICROSOFT_PRODUCT_SUPPORT, 1);
        stores.contracts().addIfUnique(first);
        SupportContract sameBenefit = contract(gold, BenefitKind.MICROSOFT_PRODUCT_SUPPORT, 2);
        SupportContract sameCredentials = contract(gold, BenefitKind.SIGNATURE_CLOUD_SUPPORT, 1);
        SupportContract sameAccessId = withCredentials(contract(gold, BenefitKind.SIGNATURE_CLOUD_SUPPORT, 3),
                new ContractCredentials(first.accessId(), ContractId.random(new SplittableRandom(99))));

        assertThat(stores.contracts().addIfUnique(sameBenefit)).isFalse();
        assertThat(stores.contracts().addIfUnique(sameCredentials)).isFalse();
        assertThat(stores.contracts().addIfUnique(sameAccessId)).isFalse();
        assertThat(stores.contracts().findByBenefit(first.benefitId())).contains(first);
    }

    @Test
    void concurrentActivationsOfOneBenefitStoreOneContract() throws Exception {
        Membership gold = membership(new PartnerId("p1"), LocalDate.of(2026, 1, 1));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> inserts = IntStream.range(0, 16).mapToObj(i -> pool.submit(() ->
                    stores.contracts().addIfUnique(contract(gold, BenefitKind.MICROSOFT_PRODUCT_SUPPORT, 100 + i)))).toList();
            int stored = 0;
            for (Future<Boolean> insert : inserts) {
                stored += insert.get() ? 1 : 0;
            }
            assertThat(stored).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void contractsMembershipsAndAccountsAreFoundByIdInOneQueryAndContractsByAccessId() {
        Membership gold = membership(new PartnerId("p1"), LocalDate.of(2026, 1, 1));
        stores.memberships().addMembership(gold);
        SupportContract contract = contract(gold, BenefitKind.MICROSOFT_PRODUCT_SUPPORT, 1);
        stores.contracts().addIfUnique(contract);
        Account bob = stores.accounts().findOrRecord(Account.standalone(new AccountId(stores.ids().newId()),
                new Login("bob@outlook.com"), AccountKind.MSA, NOW));

        assertThat(stores.contracts().findByAccessId(contract.accessId())).contains(contract);
        assertThat(stores.contracts().findContracts(List.of(contract.id(), new SupportContractId("none"))))
                .containsOnly(Map.entry(contract.id(), contract));
        assertThat(stores.memberships().findMemberships(List.of(gold.id(), new MembershipId("none"))))
                .containsOnly(Map.entry(gold.id(), gold));
        assertThat(stores.accounts().findAccounts(List.of(bob.id(), new AccountId("none")))).containsOnly(Map.entry(bob.id(), bob));
    }

    @Test
    void anAccountLinksAContractOnceEvenConcurrently() throws Exception {
        SupportContractId contract = new SupportContractId("c1");
        AccountId bob = new AccountId("a1");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> links = IntStream.range(0, 16).mapToObj(i -> pool.submit(() ->
                    stores.links().addIfNew(new ContractLink(contract, bob, NOW.plusSeconds(i))))).toList();
            int stored = 0;
            for (Future<Boolean> link : links) {
                stored += link.get() ? 1 : 0;
            }
            assertThat(stored).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(stores.links().findLink(contract, bob)).isPresent();
        assertThat(stores.links().findLink(contract, new AccountId("a2"))).isEmpty();
    }

    @Test
    void linksAreListedPerAccountNewestFirstAndPerContractOldestFirst() {
        ContractLink older = new ContractLink(new SupportContractId("c1"), new AccountId("a1"), NOW);
        ContractLink newer = new ContractLink(new SupportContractId("c2"), new AccountId("a1"), NOW.plusSeconds(60));
        ContractLink other = new ContractLink(new SupportContractId("c1"), new AccountId("a2"), NOW.plusSeconds(120));
        List.of(older, newer, other).forEach(stores.links()::addIfNew);

        assertThat(stores.links().linksOf(new AccountId("a1"))).containsExactly(newer, older);
        assertThat(stores.links().linksTo(List.of(new SupportContractId("c1"), new SupportContractId("c3"))))
                .containsEntry(new SupportContractId("c1"), List.of(older, other))
                .containsEntry(new SupportContractId("c3"), List.of());
    }

    @Test
    void anAccountsFailuresFillItsWindowUntilItEnds() {
        AccountId eve = new AccountId("eve");
        AttemptWindow window = AttemptWindow.DEFAULT;
        for (int i = 0; i < 4; i++) {
            stores.linkAttempts().recordFailure(eve, NOW.plusSeconds(i), window);
        }
        assertThat(stores.linkAttempts().fullWindowStart(eve, NOW.plusSeconds(5), window)).isEmpty();
        stores.linkAttempts().recordFailure(eve, NOW.plusSeconds(5), window);

        Instant windowOver = window.endOf(NOW);
        assertThat(stores.linkAttempts().fullWindowStart(eve, windowOver.minusMillis(1), window)).contains(NOW);
        assertThat(stores.linkAttempts().fullWindowStart(new AccountId("adam"), NOW, window)).isEmpty();
        assertThat(stores.linkAttempts().fullWindowStart(eve, windowOver, window)).isEmpty();
        stores.linkAttempts().recordFailure(eve, windowOver, window);
        assertThat(stores.linkAttempts().fullWindowStart(eve, windowOver, window)).isEmpty();
    }

    @Test
    void concurrentRequestsAreAdmittedUpToTheLimitAndTheRestToldWhenTheWindowOpened() throws Exception {
        AccountId eve = new AccountId("eve");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Optional<Instant>> answers = new java.util.ArrayList<>();
        try {
            List<Future<Optional<Instant>>> requests = IntStream.range(0, 24).mapToObj(i -> pool.submit(() ->
                    stores.rateLimits().acquire(eve, NOW, java.time.Duration.ofMinutes(1), 5))).toList();
            for (Future<Optional<Instant>> request : requests) {
                answers.add(request.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(answers).filteredOn(Optional::isEmpty).hasSize(5);
        assertThat(answers).filteredOn(Optional::isPresent).allMatch(start -> start.get().equals(NOW));
        assertThat(stores.rateLimits().acquire(eve, NOW.plusSeconds(60), java.time.Duration.ofMinutes(1), 5)).isEmpty();
    }

    @Test
    void concurrentFailuresAreAllCountedInOneWindow() throws Exception {
        AccountId eve = new AccountId("eve");
        AttemptWindow window = new AttemptWindow(24, java.time.Duration.ofMinutes(15));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> failures = IntStream.range(0, 24).mapToObj(i -> pool.submit(() ->
                    stores.linkAttempts().recordFailure(eve, NOW.plusMillis(i), window))).collect(java.util.stream.Collectors.toList());
            for (Future<?> failure : failures) {
                failure.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(stores.linkAttempts().fullWindowStart(eve, NOW.plusSeconds(1), window)).isPresent();
    }

    @Test
    void concurrentConsumptionStopsAtZeroAndTheLedgerExplainsTheCount() throws Exception {
        Membership gold = membership(new PartnerId("p1"), LocalDate.of(2026, 1, 1));
        SupportContract contract = contract(gold, BenefitKind.MICROSOFT_PRODUCT_SUPPORT, 1);
        stores.contracts().addIfUnique(contract);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        int taken = 0;
        try {
            List<Future<Boolean>> attempts = IntStream.range(0, 30).mapToObj(i -> pool.submit(() -> stores.contracts()
                    .take(take(contract, "i" + i)).isPresent())).toList();
            for (Future<Boolean> attempt : attempts) {
                taken += attempt.get() ? 1 : 0;
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(taken).isEqualTo(20);
        assertThat(stores.contracts().findContract(contract.id()).orElseThrow().incidentsRemaining()).isZero();
        assertThat(stores.contracts().usageOf(contract.id())).hasSize(20)
                .allSatisfy(entry -> assertThat(entry.kind()).isEqualTo(UsageEntry.Kind.CONSUMED));
    }

    @Test
    void aConsumedIncidentIsGivenBackOnceAndOnlyIfItWasConsumed() {
        Membership gold = membership(new PartnerId("p1"), LocalDate.of(2026, 1, 1));
        SupportContract contract = contract(gold, BenefitKind.MICROSOFT_PRODUCT_SUPPORT, 1);
        stores.contracts().addIfUnique(contract);
        stores.contracts().take(take(contract, "i1"));

        assertThat(stores.contracts().giveBack(giveBack(contract, "i1"))).isTrue();
        assertThat(stores.contracts().giveBack(giveBack(contract, "i1"))).isFalse();
        assertThat(stores.contracts().giveBack(giveBack(contract, "never"))).isFalse();
        assertThat(stores.contracts().findContract(contract.id()).orElseThrow()).isEqualTo(contract);
        assertThat(stores.contracts().usageOf(contract.id())).containsExactly(usage(UsageEntry.Kind.CONSUMED, "i1"),
                usage(UsageEntry.Kind.REFUNDED, "i1"));
    }

    @Test
    void recentLedgersAndStoredIncidentsAreFoundForTheReconciliation() {
        Membership gold = membership(new PartnerId("p1"), LocalDate.of(2026, 1, 1));
        SupportContract used = contract(gold, BenefitKind.MICROSOFT_PRODUCT_SUPPORT, 1);
        SupportContract idle = contract(gold, BenefitKind.SIGNATURE_CLOUD_SUPPORT, 2);
        stores.contracts().addIfUnique(used);
        stores.contracts().addIfUnique(idle);
        stores.contracts().take(take(used, "i1"));
        stores.incidents().addIfKeyFree(incident("i1", "a1", used.id().value(), "k", NOW));

        assertThat(stores.contracts().ledgersWrittenSince(NOW.minusSeconds(1)))
                .containsOnly(Map.entry(used.id(), List.of(usage(UsageEntry.Kind.CONSUMED, "i1"))));
        assertThat(stores.contracts().ledgersWrittenSince(NOW.plusSeconds(1))).isEmpty();
        assertThat(stores.incidents().existing(List.of(new IncidentId("i1"), new IncidentId("i2"))))
                .containsExactly(new IncidentId("i1"));
    }

    @Test
    void anIncidentIsStoredOncePerIdempotencyKeyAndWithdrawnOnceWhileOpen() {
        Incident first = incident("i1", "a1", "c1", "key", NOW);
        assertThat(stores.incidents().addIfKeyFree(first)).isTrue();
        assertThat(stores.incidents().addIfKeyFree(incident("i2", "a1", "c1", "key", NOW))).isFalse();
        assertThat(stores.incidents().addIfKeyFree(incident("i3", "a2", "c1", "key", NOW))).isTrue();

        assertThat(stores.incidents().findByKey(new AccountId("a1"), "key")).contains(first);
        assertThat(stores.incidents().withdrawIfOpen(first.id(), new AccountId("a2"))).isEmpty();
        assertThat(stores.incidents().withdrawIfOpen(first.id(), new AccountId("a1")).orElseThrow().status())
                .isEqualTo(IncidentStatus.WITHDRAWN);
        assertThat(stores.incidents().withdrawIfOpen(first.id(), new AccountId("a1"))).isEmpty();
    }

    @Test
    void incidentsPageNewestFirstThroughTiesAndComeInOneBatchPerContract() {
        for (int i = 0; i < 7; i++) {
            stores.incidents().addIfKeyFree(incident("i" + i, "a" + (i % 2), i < 5 ? "c1" : "c2", "k" + i,
                    NOW.plusSeconds(i / 2)));
        }
        IncidentPage first = stores.incidents().incidentsOf(new SupportContractId("c1"), 2, Optional.empty());
        Incident last = first.items().get(1);
        IncidentPage rest = stores.incidents().incidentsOf(new SupportContractId("c1"), 10,
                Optional.of(new IncidentCursor(last.raisedAt(), last.id())));

        assertThat(first.items()).extracting(i -> i.id().value()).containsExactly("i4", "i3");
        assertThat(first.hasNext()).isTrue();
        assertThat(first.totalCount()).isEqualTo(5);
        assertThat(rest.items()).extracting(i -> i.id().value()).containsExactly("i2", "i1", "i0");
        assertThat(rest.hasNext()).isFalse();
        assertThat(stores.incidents().incidentsRaisedBy(new AccountId("a0"), 10, Optional.empty()).totalCount()).isEqualTo(4);

        var latest = stores.incidents().latestIncidentsOf(List.of(new SupportContractId("c1"), new SupportContractId("c2"),
                new SupportContractId("c3")), 2);
        assertThat(latest.get(new SupportContractId("c1"))).isEqualTo(first);
        assertThat(latest.get(new SupportContractId("c2")).items()).extracting(i -> i.id().value()).containsExactly("i6", "i5");
        assertThat(latest.get(new SupportContractId("c2")).hasNext()).isFalse();
        assertThat(latest.get(new SupportContractId("c3"))).isEqualTo(IncidentPage.EMPTY);
    }

    @Test
    void theLatestIncidentsOfAContractAreItsNewestWhateverItsHistoryAndLeaveOutWhatWasNeverStored() {
        Membership gold = membership(new PartnerId("p1"), LocalDate.of(2026, 1, 1));
        stores.memberships().addMembership(gold);
        SupportContract limited = contract(gold, BenefitKind.MICROSOFT_PRODUCT_SUPPORT, 1);
        SupportContract unlimited = contract(gold, BenefitKind.SIGNATURE_CLOUD_SUPPORT, 2);
        stores.contracts().addIfUnique(limited);
        stores.contracts().addIfUnique(unlimited);
        for (int i = 0; i < 15; i++) {
            stores.contracts().take(take(limited, "l" + i));
            stores.incidents().addIfKeyFree(incident("l" + i, "a1", limited.id().value(), "l" + i, NOW.plusSeconds(i)));
            stores.incidents().addIfKeyFree(incident("u" + i, "a1", unlimited.id().value(), "u" + i, NOW.plusSeconds(i)));
            stores.contracts().noteRaised(unlimited.id(), new IncidentId("u" + i));
        }
        stores.contracts().take(take(limited, "never-stored"));
        stores.contracts().giveBack(new IncidentUsage.GiveBack(limited.id(), UsageEntry.refunded(new IncidentId("never-stored"),
                new AccountId("a1"), NOW, UsageEntry.RefundReason.NOT_STORED)));
        stores.incidents().withdrawIfOpen(new IncidentId("l14"), new AccountId("a1"));
        stores.contracts().giveBack(new IncidentUsage.GiveBack(limited.id(), UsageEntry.refunded(new IncidentId("l14"),
                new AccountId("a1"), NOW, UsageEntry.RefundReason.WITHDRAWN)));

        var latest = stores.incidents().latestIncidentsOf(List.of(limited.id(), unlimited.id()), 5);

        assertThat(latest.get(limited.id()).items()).extracting(i -> i.id().value()).containsExactly("l14", "l13", "l12", "l11", "l10");
        assertThat(latest.get(limited.id()).hasNext()).isTrue();
        assertThat(latest.get(limited.id()).totalCount()).isEqualTo(15);
        assertThat(latest.get(limited.id())).isEqualTo(stores.incidents().incidentsOf(limited.id(), 5, Optional.empty()));
        assertThat(latest.get(unlimited.id())).isEqualTo(stores.incidents().incidentsOf(unlimited.id(), 5, Optional.empty()));
        assertThat(latest.get(unlimited.id()).totalCount()).isEqualTo(15);
    }

    @Test
    void aContractIsReadTogetherWithItsMembership() {
        Membership gold = membership(new PartnerId("p1"), LocalDate.of(2026, 1, 1));
        stores.memberships().addMembership(gold);
        SupportContract contract = contract(gold, BenefitKind.MICROSOFT_PRODUCT_SUPPORT, 1);
        stores.contracts().addIfUnique(contract);

        var pair = stores.contracts().findWithMembership(contract.id()).orElseThrow();

        assertThat(pair.contract()).isEqualTo(contract);
        assertThat(pair.membership()).isEqualTo(gold);
        assertThat(stores.contracts().findWithMembership(new SupportContractId("missing"))).isEmpty();
    }

    @Test
    void anIncidentChangesStatusOnlyFromTheStatusItWasDecidedOnAndOneOfManyConcurrentChangesWins() throws Exception {
        Incident open = incident("i1", "a1", "c1", "key", NOW);
        stores.incidents().addIfKeyFree(open);
        Incident working = open.startWork(NOW.plusSeconds(60)).orElseThrow();
        Incident resolved = working.resolve(new Resolution(ResolutionCause.PRODUCT_DEFECT, "CU3 fixes it",
                NOW.plusSeconds(120))).orElseThrow();

        assertThat(stores.incidents().changeIfStatus(resolved, IncidentStatus.OPEN).orElseThrow()).isEqualTo(resolved);
        assertThat(stores.incidents().changeIfStatus(working, IncidentStatus.OPEN)).isEmpty();
        assertThat(stores.incidents().findIncident(open.id())).contains(resolved);

        Incident other = incident("i2", "a1", "c1", "key2", NOW);
        stores.incidents().addIfKeyFree(other);
        Incident otherResolved = other.resolve(new Resolution(ResolutionCause.SOLVED, "", NOW)).orElseThrow();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Callable<Boolean>> attempts = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            attempts.add(() -> stores.incidents().changeIfStatus(otherResolved, IncidentStatus.OPEN).isPresent());
        }
        long won = 0;
        for (Future<Boolean> attempt : pool.invokeAll(attempts)) {
            won += attempt.get() ? 1 : 0;
        }
        pool.shutdown();
        assertThat(won).isEqualTo(1);
    }

    @Test
    void theSupportQueueIsEarliestDueFirstThroughTiesFilteredAndPagedStably() {
        for (int i = 0; i < 6; i++) {
            Incident raised = incident("q" + i, "a1", "c1", "k" + i, NOW.plusSeconds(3600L * (i / 2)));
            stores.incidents().addIfKeyFree(i == 5 ? raised.startWork(NOW).orElseThrow() : raised);
        }
        stores.incidents().changeIfStatus(incident("q0", "a1", "c1", "k0", NOW).withdraw().orElseThrow(), IncidentStatus.OPEN);
        SupportQueue.Filter waiting = SupportQueue.Filter.of(null, null);

        IncidentPage first = stores.incidents().supportQueue(waiting, 2, Optional.empty());
        IncidentPage rest = stores.incidents().supportQueue(waiting, 10, Optional.of(SupportQueue.Cursor.of(first.items().get(1))));

        assertThat(first.items()).extracting(i -> i.id().value()).containsExactly("q1", "q2");
        assertThat(first.hasNext()).isTrue();
        assertThat(first.totalCount()).isEqualTo(5);
        assertThat(rest.items()).extracting(i -> i.id().value()).containsExactly("q3", "q4", "q5");
        assertThat(rest.hasNext()).isFalse();
        assertThat(stores.incidents().supportQueue(SupportQueue.Filter.of(List.of(IncidentStatus.WITHDRAWN), null), 10,
                Optional.empty()).items()).extracting(i -> i.id().value()).containsExactly("q0");
        assertThat(stores.incidents().supportQueue(SupportQueue.Filter.of(null, List.of(Severity.A)), 10,
                Optional.empty()).totalCount()).isZero();
    }

    @Test
    void aPartnersNameAndTimeZoneChangeEachOnItsOwn() {
        Partner contoso = partner("Contoso", "1234567");
        stores.partners().addIfMpnIdFree(contoso);

        assertThat(contoso.timeZone()).isEqualTo(ZoneId.of("UTC"));
        assertThat(stores.partners().updatePartner(contoso.id(), Optional.empty(), Optional.of(ZoneId.of("Asia/Tokyo")))
                .orElseThrow().timeZone()).isEqualTo(ZoneId.of("Asia/Tokyo"));
        Partner renamed = stores.partners().updatePartner(contoso.id(), Optional.of("Contoso KK"), Optional.empty()).orElseThrow();
        assertThat(renamed.name()).isEqualTo("Contoso KK");
        assertThat(renamed.timeZone()).isEqualTo(ZoneId.of("Asia/Tokyo"));
        assertThat(stores.partners().updatePartner(new PartnerId("nobody"), Optional.of("X"), Optional.empty())).isEmpty();
    }

    @Test
    void aRefundSaysWhy() {
        Membership gold = membership(new PartnerId("p1"), LocalDate.of(2026, 1, 1));
        SupportContract contract = contract(gold, BenefitKind.MICROSOFT_PRODUCT_SUPPORT, 7);
        stores.contracts().addIfUnique(contract);
        stores.contracts().consume(contract.id(), usage(UsageEntry.Kind.CONSUMED, "i1"));

        assertThat(stores.contracts().refund(contract.id(), UsageEntry.refunded(new IncidentId("i1"), new AccountId("s1"), NOW,
                UsageEntry.RefundReason.PRODUCT_DEFECT))).isTrue();
        assertThat(stores.contracts().usageOf(contract.id())).last()
                .satisfies(line -> assertThat(line.reason()).contains(UsageEntry.RefundReason.PRODUCT_DEFECT));
    }

    @Test
    void concurrentGiveBacksOfOneIncidentGiveItBackOnce() throws Exception {
        SupportContract contract = productSupport();
        stores.contracts().take(take(contract, "i1"));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        int givenBack = 0;
        try {
            List<Future<Boolean>> attempts = IntStream.range(0, 16).mapToObj(i -> pool.submit(() -> stores.contracts()
                    .giveBack(giveBack(contract, "i1")))).toList();
            for (Future<Boolean> attempt : attempts) {
                givenBack += attempt.get() ? 1 : 0;
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(givenBack).isEqualTo(1);
        assertThat(stores.contracts().findContract(contract.id()).orElseThrow().incidentsRemaining()).isEqualTo(20);
        assertThat(stores.contracts().usageOf(contract.id())).extracting(UsageEntry::kind)
                .containsExactly(UsageEntry.Kind.CONSUMED, UsageEntry.Kind.REFUNDED);
    }

    @Test
    void onlyATakenIncidentIsGivenBackEvenWhenTheContractHasRoomForIt() {
        SupportContract contract = productSupport();
        stores.contracts().take(take(contract, "i1"));
        stores.contracts().take(take(contract, "i2"));

        assertThat(stores.contracts().giveBack(giveBack(contract, "never"))).isFalse();
        assertThat(stores.contracts().findContract(contract.id()).orElseThrow().incidentsRemaining()).isEqualTo(18);
        assertThat(stores.contracts().usageOf(contract.id())).extracting(UsageEntry::kind)
                .containsExactly(UsageEntry.Kind.CONSUMED, UsageEntry.Kind.CONSUMED);
    }

    @Test
    void anUnlimitedContractIsNeverTakenFrom() {
        Membership gold = membership(new PartnerId("p1"), LocalDate.of(2026, 1, 1));
        SupportContract unlimited = contract(gold, BenefitKind.SIGNATURE_CLOUD_SUPPORT, 1);
        stores.contracts().addIfUnique(unlimited);

        assertThat(stores.contracts().take(new IncidentUsage.Take(unlimited.id(), usage(UsageEntry.Kind.CONSUMED, "i1"))))
                .isEmpty();
        assertThat(stores.contracts().findContract(unlimited.id())).contains(unlimited);
        assertThat(stores.contracts().usageOf(unlimited.id())).isEmpty();
    }

    @Test
    void consumeAndRefundAreTheTakeAndGiveBackOfTheirLines() {
        SupportContract contract = productSupport();

        assertThat(stores.contracts().consume(contract.id(), usage(UsageEntry.Kind.CONSUMED, "i1")).orElseThrow()
                .incidentsRemaining()).isEqualTo(19);
        assertThat(stores.contracts().refund(contract.id(), usage(UsageEntry.Kind.REFUNDED, "i1"))).isTrue();
        assertThat(stores.contracts().refund(contract.id(), usage(UsageEntry.Kind.REFUNDED, "i1"))).isFalse();
    }

    private SupportContract productSupport() {
        SupportContract contract = contract(membership(new PartnerId("p1"), LocalDate.of(2026, 1, 1)),
                BenefitKind.MICROSOFT_PRODUCT_SUPPORT, 1);
        stores.contracts().addIfUnique(contract);
        return contract;
    }

    private static IncidentUsage.Take take(SupportContract contract, String incident) {
        return IncidentUsage.take(contract, new IncidentId(incident), new AccountId("a1"), NOW).orElseThrow();
    }

    private static IncidentUsage.GiveBack giveBack(SupportContract contract, String incident) {
        return IncidentUsage.giveBack(contract, new IncidentId(incident), new AccountId("a1"), NOW).orElseThrow();
    }

    private static UsageEntry usage(UsageEntry.Kind kind, String incident) {
        return new UsageEntry(kind, new IncidentId(incident), new AccountId("a1"), NOW);
    }

    private static Incident incident(String id, String account, String contract, String key, Instant at) {
        return new Incident(new IncidentId(id), new AccountId(account), new IncidentRequest(
                Optional.of(new SupportContractId(contract)), Optional.empty(), new ProductId("sql"), "2022", "Title " + id,
                "line one\nline two", Severity.B), IncidentStatus.OPEN, at, key);
    }

    private SupportContract contract(Membership membership, BenefitKind kind, long seed) {
        return SupportContract.activate(new SupportContractId(stores.ids().newId()),
                TechnicalBenefit.grantedBy(membership, kind).orElseThrow(), membership,
                ContractCredentials.random(new SplittableRandom(seed)), NOW);
    }

    private static SupportContract withCredentials(SupportContract c, ContractCredentials credentials) {
        return new SupportContract(c.id(), c.benefitId(), c.partnerId(), credentials.accessId(), credentials.contractId(),
                c.allowance(), c.incidentsRemaining(), c.activatedAt());
    }

    private Partner partner(String name, String mpnId) {
        return new Partner(new PartnerId(stores.ids().newId()), name, new MpnId(mpnId), NOW);
    }

    private Account member(String login, PartnerId partner) {
        return new Account(new AccountId(stores.ids().newId()), new Login(login), AccountKind.AAD, Optional.of(partner),
                Set.of(PartnerRole.GLOBAL_ADMIN), Set.of(ProgramAssociation.MPN), NOW);
    }

    private Membership membership(PartnerId partner, LocalDate startsOn) {
        return new Membership(new MembershipId(stores.ids().newId()), partner, MembershipOffer.GOLD_COMPETENCY,
                CompetencyArea.named("Cloud Platform"), startsOn, startsOn.plusYears(1).minusDays(1));
    }

    private Product product(String name, ProductKind kind, List<String> versions) {
        return new Product(new ProductId(stores.ids().newId()), name, kind, versions);
    }
}
