package com.partnerbenefits.application.service;

import static com.partnerbenefits.application.service.BackOfficeFixture.credentials;
import static com.partnerbenefits.application.service.BackOfficeFixture.succeeded;

import com.partnerbenefits.application.port.in.GrantMembershipUseCase;
import com.partnerbenefits.application.port.in.RegisterAccountUseCase;
import com.partnerbenefits.application.port.in.RegisterPartnerUseCase;
import com.partnerbenefits.application.port.in.Viewer;
import com.partnerbenefits.domain.benefit.BenefitKind;
import com.partnerbenefits.domain.benefit.TechnicalBenefitId;
import com.partnerbenefits.domain.contract.SupportContract;
import com.partnerbenefits.domain.membership.Membership;
import com.partnerbenefits.domain.membership.MembershipOffer;
import com.partnerbenefits.domain.partner.AccountKind;
import com.partnerbenefits.domain.partner.Partner;
import com.partnerbenefits.domain.partner.PartnerRole;
import com.partnerbenefits.domain.partner.ProgramAssociation;
import java.time.LocalDate;
import java.util.Set;

/**
 * The world most service tests start from, set up through the services as the operator and the partner's admin would:
 * Contoso (MPN 1000001), its global admin admin@contoso.com, a Gold membership for 2026 and the Microsoft product
 * support contract the admin activated from it. Built in that order, so the sequential IDs are those a test built by
 * hand would get.
 */
final class ContosoWorld {

    private final BackOfficeFixture fixture;
    final Partner contoso;
    final Viewer admin;
    final Membership gold;
    final SupportContract productSupport;

    /** Contoso in UTC with a Gold membership in {@code competencyArea} and its product support activated. */
    static ContosoWorld goldPartnerWithProductSupport(BackOfficeFixture fixture, String competencyArea) {
        return new ContosoWorld(fixture, RegisterPartnerUseCase.Command.of("Contoso", "1000001"), competencyArea);
    }

    /** The same, with Contoso's office in {@code timeZone} (an IANA name). */
    static ContosoWorld goldPartnerWithProductSupport(BackOfficeFixture fixture, String competencyArea, String timeZone) {
        return new ContosoWorld(fixture, RegisterPartnerUseCase.Command.of("Contoso", "1000001", timeZone), competencyArea);
    }

    private ContosoWorld(BackOfficeFixture fixture, RegisterPartnerUseCase.Command partner, String competencyArea) {
        this.fixture = fixture;
        this.contoso = succeeded(fixture.registerPartner.registerPartner(fixture.operator(), partner));
        this.admin = member("admin@contoso.com", PartnerRole.GLOBAL_ADMIN);
        this.gold = grant(MembershipOffer.GOLD_COMPETENCY, competencyArea);
        this.productSupport = activate(gold, BenefitKind.MICROSOFT_PRODUCT_SUPPORT);
    }

    /** A signed-in MPN account of Contoso; {@code role} null for none. */
    Viewer member(String login, PartnerRole role) {
        return member(login, role, ProgramAssociation.MPN);
    }

    Viewer member(String login, PartnerRole role, ProgramAssociation association) {
        succeeded(fixture.registerAccount.registerAccount(fixture.operator(), RegisterAccountUseCase.Command.of(login,
                AccountKind.AAD, contoso.id(), role == null ? Set.of() : Set.of(role), Set.of(association))));
        return fixture.signedIn(login);
    }

    /** A membership of Contoso for 2026, granted by the operator; {@code area} null for Action Pack. */
    Membership grant(MembershipOffer offer, String area) {
        return succeeded(fixture.memberships.grantMembership(fixture.operator(), GrantMembershipUseCase.Command.of(
                contoso.id(), offer, area, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)))).membership();
    }

    /** The contract of the membership's benefit of this kind, activated by the admin. */
    SupportContract activate(Membership membership, BenefitKind kind) {
        return succeeded(fixture.activation.activate(admin, new TechnicalBenefitId(membership.id(), kind))).contract().contract();
    }

    /** Links the contract to the account with the contract's pair; a refusal fails the test. */
    void link(Viewer account, SupportContract contract) {
        succeeded(fixture.linking.link(account, credentials(contract)));
    }

    /** An account from outside Contoso, signed in for the first time and linked to the product support contract. */
    Viewer linkedAccount(String login) {
        Viewer account = fixture.signedIn(login);
        link(account, productSupport);
        return account;
    }
}
