package com.partnerbenefits.domain.partner;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AccountTest {

    private static final PartnerId CONTOSO = new PartnerId("contoso");

    @Test
    void cspOnlyAccountMayNotSeeTheBenefitsPage() {
        Account agent = member(Set.of(PartnerRole.ADMIN_AGENT), Set.of(ProgramAssociation.CSP));

        assertThat(agent.maySeeBenefitsOf(CONTOSO)).isFalse();
    }

    @Test
    void onlyMpnAssociatedAdminsMayActivate() {
        assertThat(member(Set.of(PartnerRole.GLOBAL_ADMIN), Set.of(ProgramAssociation.MPN)).mayActivateBenefitsOf(CONTOSO)).isTrue();
        assertThat(member(Set.of(PartnerRole.MPN_PARTNER_ADMIN), Set.of(ProgramAssociation.MPN)).mayActivateBenefitsOf(CONTOSO)).isTrue();
        assertThat(member(Set.of(PartnerRole.ADMIN_AGENT), Set.of(ProgramAssociation.MPN)).mayActivateBenefitsOf(CONTOSO)).isFalse();
        assertThat(member(Set.of(PartnerRole.GLOBAL_ADMIN), Set.of(ProgramAssociation.CSP)).mayActivateBenefitsOf(CONTOSO)).isFalse();
        assertThat(member(Set.of(PartnerRole.GLOBAL_ADMIN), Set.of(ProgramAssociation.MPN)).mayActivateBenefitsOf(new PartnerId("other"))).isFalse();
    }

    @Test
    void loginsCompareIgnoringCase() {
        assertThat(new Login(" Alice@Contoso.com ")).isEqualTo(new Login("alice@contoso.com"));
    }

    private static Account member(Set<PartnerRole> roles, Set<ProgramAssociation> associations) {
        return new Account(new AccountId("a"), new Login("a@contoso.com"), AccountKind.AAD, Optional.of(CONTOSO),
                roles, associations, Instant.EPOCH);
    }
}
