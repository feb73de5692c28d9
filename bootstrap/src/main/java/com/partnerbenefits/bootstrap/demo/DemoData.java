package com.partnerbenefits.bootstrap.demo;

import com.partnerbenefits.application.port.in.ActivateTechnicalBenefitUseCase;
import com.partnerbenefits.application.port.in.Caller;
import com.partnerbenefits.application.port.in.MembershipStanding;
import com.partnerbenefits.application.port.in.GrantMembershipUseCase;
import com.partnerbenefits.application.port.in.IdentifyCallerUseCase;
import com.partnerbenefits.application.port.in.LinkSupportContractUseCase;
import com.partnerbenefits.application.port.in.RegisterAccountUseCase;
import com.partnerbenefits.application.port.in.RegisterPartnerUseCase;
import com.partnerbenefits.application.port.in.RegisterProductUseCase;
import com.partnerbenefits.application.port.in.Result;
import com.partnerbenefits.application.port.in.Viewer;
import com.partnerbenefits.bootstrap.config.JwtProperties;
import com.partnerbenefits.bootstrap.security.DevelopmentSecrets;
import com.partnerbenefits.bootstrap.security.TokenCommand;
import com.partnerbenefits.domain.benefit.BenefitKind;
import com.partnerbenefits.domain.benefit.TechnicalBenefit;
import com.partnerbenefits.domain.membership.Membership;
import com.partnerbenefits.domain.membership.MembershipOffer;
import com.partnerbenefits.domain.partner.AccountKind;
import com.partnerbenefits.domain.partner.Login;
import com.partnerbenefits.domain.partner.Partner;
import com.partnerbenefits.domain.partner.PartnerRole;
import com.partnerbenefits.domain.partner.ProgramAssociation;
import com.partnerbenefits.domain.product.ProductKind;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * A small demo world, loaded through the same use cases as any operator call: a Gold (benefits
 * activated), a Silver and an Action Pack partner, accounts in each role, an outside MSA account with Contoso's
 * product-support contract linked, and a product catalog. Loaded once (a partner
 * already registered is left alone); tokens for the demo accounts are printed at startup.
 */
@Component
@ConditionalOnProperty(name = "benefits.demo.enabled", havingValue = "true")
@Profile("!prod")
public class DemoData implements ApplicationRunner {

    public static final String OPERATOR = "ops@partner-benefits.example";
    /** An outside MSA account with Contoso's Microsoft Product Support contract already linked: it raises incidents at once. */
    public static final String OUTSIDER = "someone@outlook.com";
    private static final String OPERATOR_ROLE = "benefits.operator";
    public static final String SUPPORT_ENGINEER = "support@partner-benefits.example";
    private static final String SUPPORT_ROLE = "benefits.support";

    /** The accounts to sign in as in development: printed at startup and served by {@link DemoTokensController}. */
    public static final List<DemoAccount> ACCOUNTS = List.of(
            new DemoAccount("admin@contoso.com", "AAD", List.of(), "Contoso Ltd (Gold): Global Admin"),
            new DemoAccount("mpnadmin@contoso.com", "AAD", List.of(), "Contoso Ltd (Gold): MPN Partner Admin"),
            new DemoAccount("agent@contoso.com", "AAD", List.of(), "Contoso Ltd (Gold): Admin Agent, CSP only"),
            new DemoAccount("admin@fabrikam.com", "AAD", List.of(), "Fabrikam Inc (Silver): Global Admin, benefits not activated"),
            new DemoAccount("admin@northwind.com", "AAD", List.of(), "Northwind Traders (Action Pack): Global Admin"),
            new DemoAccount(OUTSIDER, "MSA", List.of(), "An outside personal account, in no partner; Contoso's product-support contract linked"),
            new DemoAccount(OPERATOR, "AAD", List.of(OPERATOR_ROLE), "Programme operator (back office)"),
            new DemoAccount(SUPPORT_ENGINEER, "AAD", List.of(SUPPORT_ROLE),
                    "Support engineer: the queue of every partner's incidents; starts work and resolves"));
    private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);

    private final IdentifyCallerUseCase identify;
    private final RegisterPartnerUseCase partners;
    private final RegisterAccountUseCase accounts;
    private final GrantMembershipUseCase memberships;
    private final RegisterProductUseCase products;
    private final ActivateTechnicalBenefitUseCase activation;
    private final LinkSupportContractUseCase linking;
    private final Clock clock;
    private final String hmacSecret;

    public DemoData(IdentifyCallerUseCase identify, RegisterPartnerUseCase partners, RegisterAccountUseCase accounts,
            GrantMembershipUseCase memberships, RegisterProductUseCase products, ActivateTechnicalBenefitUseCase activation,
            LinkSupportContractUseCase linking, Clock clock, JwtProperties jwt) {
        this.identify = identify;
        this.partners = partners;
        this.accounts = accounts;
        this.memberships = memberships;
        this.products = products;
        this.activation = activation;
        this.linking = linking;
        this.clock = clock;
        this.hmacSecret = jwt.hmacSecret();
    }

    @Override
    public void run(ApplicationArguments args) {
        Viewer operator = identify.identify(new Caller(new Login(OPERATOR), AccountKind.AAD, true));
        LocalDate today = LocalDate.now(clock);
        partner(operator, "Contoso Ltd", "1000001", MembershipOffer.GOLD_COMPETENCY, "Cloud Platform", today, List.of(
                account("admin@contoso.com", PartnerRole.GLOBAL_ADMIN, ProgramAssociation.MPN),
                account("mpnadmin@contoso.com", PartnerRole.MPN_PARTNER_ADMIN, ProgramAssociation.MPN),
                account("agent@contoso.com", PartnerRole.ADMIN_AGENT, ProgramAssociation.CSP)))
                .ifPresent(gold -> {
                    activateAll(gold, "admin@contoso.com");
                    linkOutsider(gold, "admin@contoso.com", OUTSIDER);
                });
        partner(operator, "Fabrikam Inc", "1000002", MembershipOffer.SILVER_COMPETENCY, "Data Platform", today, List.of(
                account("admin@fabrikam.com", PartnerRole.GLOBAL_ADMIN, ProgramAssociation.MPN),
                account("agent@fabrikam.com", PartnerRole.ADMIN_AGENT, ProgramAssociation.CSP)));
        partner(operator, "Northwind Traders", "1000003", MembershipOffer.ACTION_PACK, null, today, List.of(
                account("admin@northwind.com", PartnerRole.GLOBAL_ADMIN, ProgramAssociation.MPN)));
        product(operator, "SQL Server", ProductKind.ON_PREMISES, List.of("2016", "2017", "2019", "2022"));
        product(operator, "Windows Server", ProductKind.ON_PREMISES, List.of("2016", "2019", "2022", "2025"));
        product(operator, "Exchange Server", ProductKind.ON_PREMISES, List.of("2016", "2019", "SE"));
        product(operator, "Azure", ProductKind.CLOUD, List.of());
        product(operator, "Microsoft 365", ProductKind.CLOUD, List.of());
        product(operator, "Dynamics 365", ProductKind.CLOUD, List.of());
        printTokens();
    }

    /** Registers the partner with its people and membership; empty when an earlier start loaded it. */
    private Optional<Membership> partner(Viewer operator, String name, String mpnId, MembershipOffer offer, String area,
            LocalDate today, List<RegisterAccountUseCase.Command> people) {
        Result<Partner, ?> registered = partners.registerPartner(operator, RegisterPartnerUseCase.Command.of(name, mpnId));
        if (!(registered instanceof Result.Succeeded<Partner, ?> partner)) {
            return Optional.empty();
        }
        Result<MembershipStanding, ?> granted = memberships.grantMembership(operator, GrantMembershipUseCase.Command.of(
                partner.value().id(), offer, area, today.minusDays(60), today.plusDays(305)));
        for (RegisterAccountUseCase.Command person : people) {
            accounts.registerAccount(operator, RegisterAccountUseCase.Command.of(person.login().value(), person.kind(),
                    partner.value().id(), person.roles(), person.associations()));
        }
        LOG.info("Demo partner {} (MPN ID {}) loaded; membership offer: {}", name, mpnId, offer);
        return granted.fold(standing -> Optional.of(standing.membership()), refused -> Optional.empty());
    }

    /** Contoso's benefits come activated, so the dashboard shows contracts; the others are left to try. */
    private void activateAll(Membership membership, String adminLogin) {
        Viewer admin = identify.identify(new Caller(new Login(adminLogin), AccountKind.AAD, false));
        TechnicalBenefit.grantedBy(membership).forEach(benefit -> activation.activate(admin, benefit.id()));
    }

    /** The account presents the Access ID and Contract ID of the membership's product-support contract, as the article's users do. */
    private void linkOutsider(Membership membership, String adminLogin, String outsiderLogin) {
        Viewer admin = identify.identify(new Caller(new Login(adminLogin), AccountKind.AAD, false));
        Viewer outsider = identify.identify(new Caller(new Login(outsiderLogin), AccountKind.MSA, false));
        TechnicalBenefit.grantedBy(membership, BenefitKind.MICROSOFT_PRODUCT_SUPPORT)
                .map(benefit -> activation.activate(admin, benefit.id()))
                .flatMap(activated -> activated.fold(done -> Optional.of(done.contract().contract()), refused -> Optional.empty()))
                .ifPresent(contract -> linking.link(outsider,
                        new LinkSupportContractUseCase.Command(contract.accessId(), contract.contractId())));
    }

    /** A partner-less template; the partner is filled in once it exists. */
    private static RegisterAccountUseCase.Command account(String login, PartnerRole role, ProgramAssociation association) {
        return new RegisterAccountUseCase.Command(new Login(login), AccountKind.AAD, null, Set.of(role), Set.of(association));
    }

    private void product(Viewer operator, String name, ProductKind kind, List<String> versions) {
        products.registerProduct(operator, RegisterProductUseCase.Command.of(name, kind, versions));
    }

    /** Only while the public development secret signs tokens: a real secret's tokens never go to a log. */
    private void printTokens() {
        if (!DevelopmentSecrets.jwtSecretInUse(hmacSecret)) {
            return;
        }
        StringBuilder tokens = new StringBuilder("Demo tokens (valid 12 hours; development only; also at GET "
                + DemoTokensController.PATH + "):");
        for (DemoAccount account : ACCOUNTS) {
            tokens.append(System.lineSeparator()).append("  ").append(account.login()).append(": ")
                    .append(TokenCommand.sign(hmacSecret, account.login(), account.kind(), account.roles(), Duration.ofHours(12)));
        }
        LOG.info(tokens.toString());
    }
}
