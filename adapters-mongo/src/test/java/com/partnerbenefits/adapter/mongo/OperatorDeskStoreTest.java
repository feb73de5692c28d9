package com.partnerbenefits.adapter.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.partnerbenefits.domain.benefit.BenefitKind;
import com.partnerbenefits.domain.benefit.TechnicalBenefit;
import com.partnerbenefits.domain.contract.AccessId;
import com.partnerbenefits.domain.contract.ContractCredentials;
import com.partnerbenefits.domain.contract.ContractEvent;
import com.partnerbenefits.domain.contract.ContractEventKind;
import com.partnerbenefits.domain.contract.ContractLink;
import com.partnerbenefits.domain.contract.SupportContract;
import com.partnerbenefits.domain.contract.SupportContractId;
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
import com.partnerbenefits.domain.shared.Page;
import com.partnerbenefits.domain.shared.SearchText;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

/** The operator's desk and the contract controls on the embedded store: listings, conditional updates, history. */
class OperatorDeskStoreTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    private static MongoServer server;
    private static MongoClient client;
    private static MongoTemplate mongo;
    private MongoStores stores;

    @BeforeAll
    static void startServer() {
        server = new MongoServer(new MemoryBackend());
        client = MongoClients.create(server.bindAndGetConnectionString());
        mongo = new MongoTemplate(client, "benefits");
    }

    @AfterAll
    static void stopServer() {
        client.close();
        server.shutdownNow();
    }

    @BeforeEach
    void startFromAnEmptyDatabase() {
        mongo.getDb().drop();
        stores = MongoStores.over(mongo);
    }

    @Test
    void partnersComeNewestFirstPageByPageAndSearchesMatchLiterally() {
        Partner contoso = partner("Contoso (Europe)", "1000001");
        Partner fabrikam = partner("Fabrikam", "2000002");
        Partner dotted = partner("A.B Consulting", "3000003");

        Page<Partner> first = stores.directory().partners(Optional.empty(), 2, Optional.empty());
        Page<Partner> second = stores.directory().partners(Optional.empty(), 2, Optional.of(first.items().get(1).id()));

        assertThat(first.items()).containsExactly(dotted, fabrikam);
        assertThat(first.hasNext()).isTrue();
        assertThat(first.totalCount()).isEqualTo(3);
        assertThat(second.items()).containsExactly(contoso);
        assertThat(second.hasNext()).isFalse();
        assertThat(search("toso (EUR")).containsExactly(contoso);
        assertThat(search("200")).containsExactly(fabrikam);
        assertThat(search("0002")).isEmpty();
        assertThat(search("A.B")).containsExactly(dotted);
        assertThat(search("A+B")).isEmpty();
        assertThat(search("(")).containsExactly(contoso);
    }

    @Test
    void accountsAreFoundByAnyPartOfTheLoginAndAPartnersAccountsByPartner() {
        Partner contoso = partner("Contoso", "1000001");
        Account ann = account("ann.lee@contoso.com", Optional.of(contoso.id()));
        Account bob = account("bob@contoso.com", Optional.of(contoso.id()));
        Account outsider = account("someone@outlook.com", Optional.empty());

        assertThat(stores.directory().accounts(Optional.empty(), 10, Optional.empty()).items())
                .containsExactly(outsider, bob, ann);
        assertThat(stores.directory().accounts(SearchText.of("N.LEE"), 10, Optional.empty()).items()).containsExactly(ann);
        assertThat(stores.directory().accounts(SearchText.of("n-lee"), 10, Optional.empty()).items()).isEmpty();
        assertThat(stores.directory().accountsOf(contoso.id(), 1, Optional.empty()))
                .isEqualTo(new Page<>(List.of(bob), true, 2));
    }

    @Test
    void versionsChangeOnlyIfTheyAreStillThoseTheDecisionWasTakenOn() {
        Product sql = new Product(new ProductId(stores.ids().newId()), "SQL Server", ProductKind.ON_PREMISES,
                List.of("2019", "2022"));
        stores.products().addIfNameFree(sql);

        assertThat(stores.productVersions().replaceVersionsIf(sql.id(), sql.versions(), List.of("2019", "2022", "2025")))
                .isTrue();
        assertThat(stores.productVersions().replaceVersionsIf(sql.id(), sql.versions(), List.of("2019", "2022", "2026")))
                .isFalse();
        assertThat(stores.products().findProduct(sql.id()).orElseThrow().versions()).containsExactly("2019", "2022", "2025");
    }

    @Test
    void accessChangesOnlyWhileTheAccountIsInThePartnerTheChangeWasDecidedFor() {
        Partner contoso = partner("Contoso", "1000001");
        Account ann = account("ann@contoso.com", Optional.of(contoso.id()));
        Account left = ann.leavingPartner();

        assertThat(stores.accountAccess().replaceAccessIf(ann, left)).isTrue();
        assertThat(stores.accountAccess().replaceAccessIf(ann, ann.withAccess(Set.of(), Set.of(ProgramAssociation.CSP))))
                .isFalse();
        assertThat(stores.accounts().findAccount(ann.id())).contains(left);
    }

    @Test
    void aRotationReplacesThePairOnlyIfItIsStillCurrentAndKeepsItsLine() {
        SupportContract contract = activatedContract();
        ContractCredentials fresh = ContractCredentials.random(new SplittableRandom(7));
        ContractEvent rotated = ContractEvent.credentialsRotated("r1", new AccountId("admin"), NOW.plusSeconds(60));

        assertThat(stores.contractControls().rotateCredentials(contract.id(), contract.accessId(), fresh, rotated)).isTrue();
        assertThat(stores.contractControls().rotateCredentials(contract.id(), contract.accessId(),
                ContractCredentials.random(new SplittableRandom(8)), rotated)).isFalse();

        assertThat(stores.contracts().findByAccessId(contract.accessId())).isEmpty();
        assertThat(stores.contracts().findContract(contract.id()).orElseThrow().accessId()).isEqualTo(fresh.accessId());
        assertThat(stores.history().history(contract.id(), 10, Optional.empty()).items()).extracting(ContractEvent::kind)
                .containsExactly(ContractEventKind.CREDENTIALS_ROTATED, ContractEventKind.ACTIVATED);
        assertThat(stores.contractControls().activatedBy(List.of(contract.id())))
                .containsEntry(contract.id(), new AccountId("admin"));
    }

    @Test
    void aPendingClaimIsInvisibleUntilConfirmedAndARejectedOneIsNeverConfirmed() {
        SupportContract contract = activatedContract();
        AccountId bob = new AccountId("bob");
        AccountId eve = new AccountId("eve");
        AccessId pair = contract.accessId();

        assertThat(stores.links().claim(new ContractLink(contract.id(), bob, NOW), pair)).isTrue();
        assertThat(stores.links().findLink(contract.id(), bob)).isEmpty();
        assertThat(stores.links().confirm(contract.id(), bob, pair, ContractEvent.linked("l1", bob, NOW))).isTrue();
        assertThat(stores.links().findLink(contract.id(), bob)).isPresent();
        assertThat(stores.links().claim(new ContractLink(contract.id(), bob, NOW), pair)).isFalse();

        assertThat(stores.links().claim(new ContractLink(contract.id(), eve, NOW), pair)).isTrue();
        stores.links().rejectPending(contract.id(), pair);
        assertThat(stores.links().confirm(contract.id(), eve, pair, ContractEvent.linked("l2", eve, NOW))).isFalse();
        assertThat(stores.links().linksTo(List.of(contract.id())).get(contract.id())).extracting(ContractLink::accountId)
                .containsExactly(bob);
    }

    @Test
    void anUnlinkHappensOnceWithItsLineAndARelinkStartsAgain() {
        SupportContract contract = activatedContract();
        AccountId bob = new AccountId("bob");
        stores.links().addIfNew(new ContractLink(contract.id(), bob, NOW));

        ContractEvent unlinked = ContractEvent.unlinked("u1", new AccountId("admin"), bob, NOW.plusSeconds(1));
        assertThat(stores.links().unlink(contract.id(), bob, unlinked)).isPresent();
        assertThat(stores.links().unlink(contract.id(), bob, unlinked)).isEmpty();
        assertThat(stores.links().linksOf(bob)).isEmpty();
        assertThat(stores.links().addIfNew(new ContractLink(contract.id(), bob, NOW.plusSeconds(2)))).isTrue();

        assertThat(stores.links().findLink(contract.id(), bob).orElseThrow().linkedAt()).isEqualTo(NOW.plusSeconds(2));
        assertThat(stores.history().history(contract.id(), 10, Optional.empty()).items()).extracting(ContractEvent::kind)
                .containsExactly(ContractEventKind.LINKED, ContractEventKind.UNLINKED, ContractEventKind.LINKED, ContractEventKind.ACTIVATED);
    }

    private List<Partner> search(String text) {
        return stores.directory().partners(SearchText.of(text), 10, Optional.empty()).items();
    }

    private Partner partner(String name, String mpnId) {
        Partner partner = new Partner(new PartnerId(stores.ids().newId()), name, new MpnId(mpnId), NOW);
        stores.partners().addIfMpnIdFree(partner);
        return partner;
    }

    private Account account(String login, Optional<PartnerId> partner) {
        Account account = partner.isPresent()
                ? new Account(new AccountId(stores.ids().newId()), new Login(login), AccountKind.AAD, partner,
                        Set.of(PartnerRole.GLOBAL_ADMIN), Set.of(ProgramAssociation.MPN), NOW)
                : Account.standalone(new AccountId(stores.ids().newId()), new Login(login), AccountKind.MSA, NOW);
        stores.accounts().findOrRecord(account);
        return account;
    }

    private SupportContract activatedContract() {
        Membership gold = new Membership(new MembershipId(stores.ids().newId()), new PartnerId("p"),
                MembershipOffer.GOLD_COMPETENCY, CompetencyArea.named("Cloud Platform"), LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 12, 31));
        SupportContract contract = SupportContract.activate(new SupportContractId(stores.ids().newId()),
                TechnicalBenefit.grantedBy(gold, BenefitKind.MICROSOFT_PRODUCT_SUPPORT).orElseThrow(), gold,
                ContractCredentials.random(new SplittableRandom(1)), NOW);
        assertThat(stores.contractControls().addActivated(contract, new AccountId("admin"))).isTrue();
        return contract;
    }
}
