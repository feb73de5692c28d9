package com.partnerbenefits.application.service;

import static com.partnerbenefits.application.service.BackOfficeFixture.succeeded;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.partnerbenefits.application.port.in.AddProductVersionUseCase;
import com.partnerbenefits.application.port.in.IncidentHistoryQuery.PageRequest;
import com.partnerbenefits.application.port.in.Refusal;
import com.partnerbenefits.application.port.in.RefusalCode;
import com.partnerbenefits.application.port.in.RegisterAccountUseCase;
import com.partnerbenefits.application.port.in.RegisterPartnerUseCase;
import com.partnerbenefits.application.port.in.RegisterProductUseCase;
import com.partnerbenefits.application.port.in.Result;
import com.partnerbenefits.application.port.in.UpdateAccountUseCase;
import com.partnerbenefits.application.port.in.Viewer;
import com.partnerbenefits.domain.partner.Account;
import com.partnerbenefits.domain.partner.AccountKind;
import com.partnerbenefits.domain.partner.Partner;
import com.partnerbenefits.domain.partner.PartnerId;
import com.partnerbenefits.domain.partner.PartnerRole;
import com.partnerbenefits.domain.partner.ProgramAssociation;
import com.partnerbenefits.domain.product.Product;
import com.partnerbenefits.domain.product.ProductKind;
import com.partnerbenefits.domain.product.ProductVersion;
import com.partnerbenefits.domain.shared.InvalidInputException;
import com.partnerbenefits.domain.shared.Page;
import com.partnerbenefits.domain.shared.SearchText;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OperatorDeskServicesTest {

    private final BackOfficeFixture fixture = new BackOfficeFixture();
    private final OperatorDirectoryService directory = new OperatorDirectoryService(fixture.access, fixture.stores.directory());
    private final AddProductVersionService versions = new AddProductVersionService(fixture.access, fixture.stores.products(), fixture.stores.productVersions(), fixture.clock);
    private final AccountAccessService access = new AccountAccessService(fixture.access, fixture.stores.accounts(), fixture.stores.accountAccess(), fixture.clock);

    private final Partner contoso = partner("Contoso Ltd", "1000001");
    private final Partner fabrikam = partner("Fabrikam", "2000002");

    @Test
    void operatorsFindPartnersNewestFirstByAnyPartOfTheNameOrTheStartOfTheMpnId() {
        Viewer operator = fixture.operator();

        assertThat(succeeded(directory.partners(operator, Optional.empty(), page(10, null))).items())
                .containsExactly(fabrikam, contoso);
        assertThat(succeeded(directory.partners(operator, SearchText.of("TOSO"), page(10, null))).items())
                .containsExactly(contoso);
        assertThat(succeeded(directory.partners(operator, SearchText.of("2000"), page(10, null))).items())
                .containsExactly(fabrikam);
        assertThat(succeeded(directory.partners(operator, SearchText.of("0002"), page(10, null))).items()).isEmpty();
        Page<Partner> first = succeeded(directory.partners(operator, Optional.empty(), page(1, null)));
        assertThat(first.hasNext()).isTrue();
        assertThat(first.totalCount()).isEqualTo(2);
        assertThat(succeeded(directory.partners(operator, Optional.empty(), page(1, fabrikam.id()))).items())
                .containsExactly(contoso);
        assertThat(directory.partners(fixture.signedIn("ann@contoso.com"), Optional.empty(), page(10, null)))
                .isEqualTo(Result.refused(RefusalCode.NOT_AUTHORIZED));
    }

    @Test
    void operatorsFindEveryAccountByLoginAndAPartnersAdminsSeeItsAccounts() {
        Viewer admin = member(contoso, "admin@contoso.com", PartnerRole.GLOBAL_ADMIN);
        Viewer developer = member(contoso, "dev@contoso.com", null);
        Viewer standalone = fixture.signedIn("someone@outlook.com");
        Viewer operator = fixture.operator();

        assertThat(succeeded(directory.accounts(operator, SearchText.of("OUTLOOK"), pageOf(10))).items())
                .containsExactly(standalone.account());
        assertThat(succeeded(directory.accountsOf(admin, contoso.id(), pageOf(10))).items())
                .extracting(Account::login).extracting(l -> l.value()).containsExactly("dev@contoso.com", "admin@contoso.com");
        assertThat(directory.accountsOf(developer, contoso.id(), pageOf(10))).isEqualTo(Result.refused(RefusalCode.NOT_AUTHORIZED));
        assertThat(directory.accountsOf(admin, fabrikam.id(), pageOf(10))).isEqualTo(Result.refused(RefusalCode.NOT_AUTHORIZED));
    }

    @Test
    void aNewVersionMovesTheSupportedWindowAndAKnownOneIsRefusedOnVersion() {
        Product sql = succeeded(new RegisterProductService(fixture.access, fixture.stores.products(), fixture.stores.ids()).registerProduct(fixture.operator(),
                RegisterProductUseCase.Command.of("SQL Server", ProductKind.ON_PREMISES, List.of("2019", "2022"))));

        Product added = succeeded(versions.addProductVersion(fixture.operator(),
                new AddProductVersionUseCase.Command(sql.id(), "2025")));

        assertThat(added.versionSupport()).extracting(ProductVersion::supported).containsExactly(false, true, true);
        assertThat(fixture.stores.products().findProduct(sql.id())).contains(added);
        assertThatThrownBy(() -> versions.addProductVersion(fixture.operator(),
                new AddProductVersionUseCase.Command(sql.id(), "2022"))).isInstanceOf(InvalidInputException.class);
        assertThat(versions.addProductVersion(fixture.signedIn("ann@contoso.com"),
                new AddProductVersionUseCase.Command(sql.id(), "2026"))).isEqualTo(Result.refused(RefusalCode.NOT_AUTHORIZED));
        assertThat(versions.addProductVersion(fixture.operator(), new AddProductVersionUseCase.Command(
                new com.partnerbenefits.domain.product.ProductId("missing"), "1")))
                .isEqualTo(Result.refused(Refusal.notFound("productId")));
    }

    @Test
    void anOperatorChangesRolesAndRemovesAnAccountWhichThenSeesNothingOfThePartner() {
        Viewer admin = member(contoso, "admin@contoso.com", PartnerRole.GLOBAL_ADMIN);

        Account agent = succeeded(access.updateAccount(fixture.operator(), UpdateAccountUseCase.Command.of(
                admin.account().id(), Set.of(PartnerRole.ADMIN_AGENT), Set.of(ProgramAssociation.CSP))));
        assertThat(fixture.signedIn("admin@contoso.com").account()).isEqualTo(agent);
        assertThat(fixture.access.mayActivateBenefitsOf(fixture.signedIn("admin@contoso.com"), contoso.id())).isFalse();

        Account left = succeeded(access.removeAccountFromPartner(fixture.operator(), admin.account().id()));
        Viewer afterwards = fixture.signedIn("admin@contoso.com");
        assertThat(left.partnerId()).isEmpty();
        assertThat(fixture.access.maySeePartner(afterwards, contoso.id())).isFalse();
        assertThat(succeeded(access.removeAccountFromPartner(fixture.operator(), admin.account().id()))).isEqualTo(left);
        assertThatThrownBy(() -> access.updateAccount(fixture.operator(), UpdateAccountUseCase.Command.of(
                admin.account().id(), Set.of(), Set.of(ProgramAssociation.MPN))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.field()).containsExactly("accountId"));
        assertThat(access.removeAccountFromPartner(admin, admin.account().id()))
                .isEqualTo(Result.refused(RefusalCode.NOT_AUTHORIZED));
    }

    private Partner partner(String name, String mpnId) {
        return succeeded(fixture.registerPartner.registerPartner(fixture.operator(), RegisterPartnerUseCase.Command.of(name, mpnId)));
    }

    private Viewer member(Partner partner, String login, PartnerRole role) {
        succeeded(fixture.registerAccount.registerAccount(fixture.operator(), RegisterAccountUseCase.Command.of(login,
                AccountKind.AAD, partner.id(), role == null ? Set.of() : Set.of(role), Set.of(ProgramAssociation.MPN))));
        return fixture.signedIn(login);
    }

    private static PageRequest<PartnerId> page(int first, PartnerId after) {
        return PageRequest.of(first, Optional.ofNullable(after), 20);
    }

    private static PageRequest<com.partnerbenefits.domain.partner.AccountId> pageOf(int first) {
        return PageRequest.of(first, Optional.empty(), 20);
    }
}
