package com.partnerbenefits.application.service;

import static com.partnerbenefits.application.service.BackOfficeFixture.succeeded;
import static org.assertj.core.api.Assertions.assertThat;

import com.partnerbenefits.application.port.in.BrowsePartnersQuery;
import com.partnerbenefits.application.port.in.EndMembershipUseCase;
import com.partnerbenefits.application.port.in.GrantMembershipUseCase;
import com.partnerbenefits.application.port.in.MembershipStanding;
import com.partnerbenefits.application.port.in.RefusalCode;
import com.partnerbenefits.application.port.in.RegisterAccountUseCase;
import com.partnerbenefits.application.port.in.RegisterPartnerUseCase;
import com.partnerbenefits.application.port.in.Result;
import com.partnerbenefits.application.port.in.Viewer;
import com.partnerbenefits.domain.membership.Membership;
import com.partnerbenefits.domain.membership.MembershipOffer;
import com.partnerbenefits.domain.partner.Account;
import com.partnerbenefits.domain.partner.AccountKind;
import com.partnerbenefits.domain.partner.Partner;
import com.partnerbenefits.domain.partner.PartnerRole;
import com.partnerbenefits.domain.partner.ProgramAssociation;
import com.partnerbenefits.domain.shared.ViolationRule;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BackOfficeServicesTest {

    private final BackOfficeFixture fixture = new BackOfficeFixture();

    @Test
    void onlyOperatorsRegisterPartners() {
        Result<Partner, ?> refused = fixture.registerPartner.registerPartner(fixture.signedIn("eve@contoso.com"),
                RegisterPartnerUseCase.Command.of("Contoso", "1234567"));

        assertThat(refused).isEqualTo(Result.refused(RefusalCode.NOT_AUTHORIZED));
    }

    @Test
    void aSecondPartnerWithTheSameMpnIdIsRefusedOnThatField() {
        fixture.registerPartner.registerPartner(fixture.operator(), RegisterPartnerUseCase.Command.of("Contoso", "1234567"));

        Result<Partner, ?> second = fixture.registerPartner.registerPartner(fixture.operator(),
                RegisterPartnerUseCase.Command.of("Fabrikam", "1234567"));

        assertThat(second).isInstanceOf(Result.Refused.class);
        assertThat(((Result.Refused<?, ?>) second).refusals()).singleElement().satisfies(r -> {
                    assertThat(r.code()).isEqualTo(RefusalCode.INVALID_INPUT);
                    assertThat(r.violation().orElseThrow().field()).isEqualTo("mpnId");
                    assertThat(r.violation().orElseThrow().rule()).isEqualTo(ViolationRule.ALREADY_TAKEN);
                });
    }

    @Test
    void anAccountFirstSeenStandaloneIsAdoptedByItsPartnerKeepingItsId() {
        Viewer firstSeen = fixture.signedIn("Bob@Contoso.com");
        Partner contoso = registeredPartner();

        Account adopted = succeeded(fixture.registerAccount.registerAccount(fixture.operator(), RegisterAccountUseCase.Command.of(
                "bob@contoso.com", AccountKind.AAD, contoso.id(), Set.of(PartnerRole.GLOBAL_ADMIN), Set.of(ProgramAssociation.MPN))));

        assertThat(adopted.id()).isEqualTo(firstSeen.account().id());
        assertThat(fixture.access.maySeeBenefitsOf(fixture.signedIn("bob@contoso.com"), contoso.id())).isTrue();
    }

    @Test
    void anAccountAlreadyInAPartnerCannotBeRegisteredAgain() {
        Partner contoso = registeredPartner();
        var command = RegisterAccountUseCase.Command.of("bob@contoso.com", AccountKind.AAD, contoso.id(), Set.of(),
                Set.of(ProgramAssociation.CSP));
        fixture.registerAccount.registerAccount(fixture.operator(), command);

        assertThat(fixture.registerAccount.registerAccount(fixture.operator(), command))
                .isInstanceOf(Result.Refused.class);
    }

    @Test
    void cspOnlyMembersAreRefusedTheMemberships() {
        Partner contoso = registeredPartner();
        fixture.registerAccount.registerAccount(fixture.operator(), RegisterAccountUseCase.Command.of("agent@contoso.com",
                AccountKind.AAD, contoso.id(), Set.of(PartnerRole.ADMIN_AGENT), Set.of(ProgramAssociation.CSP)));

        assertThat(fixture.browse.membershipsOf(fixture.signedIn("agent@contoso.com"), Set.of(contoso.id())))
                .containsEntry(contoso.id(), Result.refused(BrowsePartnersQuery.Reason.NOT_AUTHORIZED));
    }

    @Test
    void endingAMembershipEarlyCannotExtendIt() {
        Partner contoso = registeredPartner();
        Membership pack = succeeded(fixture.memberships.grantMembership(fixture.operator(), GrantMembershipUseCase.Command.of(
                contoso.id(), MembershipOffer.ACTION_PACK, null, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31))))
                .membership();

        Membership ended = succeeded(fixture.memberships.endMembership(fixture.operator(),
                EndMembershipUseCase.Command.of(pack.id(), LocalDate.of(2026, 6, 30)))).membership();
        Result<MembershipStanding, ?> extended = fixture.memberships.endMembership(fixture.operator(),
                EndMembershipUseCase.Command.of(pack.id(), LocalDate.of(2026, 7, 31)));

        assertThat(ended.endsOn()).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(extended).isInstanceOf(Result.Refused.class);
        assertThat(fixture.stores.memberships().findMembership(pack.id()).orElseThrow().endsOn()).isEqualTo(LocalDate.of(2026, 6, 30));
    }

    private Partner registeredPartner() {
        return succeeded(fixture.registerPartner.registerPartner(fixture.operator(),
                RegisterPartnerUseCase.Command.of("Contoso", "1234567")));
    }
}
