package com.partnerbenefits.domain.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.partnerbenefits.domain.shared.InvalidInputException;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AccountAccessTest {

    private final Account admin = new Account(new AccountId("a"), new Login("ann@contoso.com"), AccountKind.AAD,
            Optional.of(new PartnerId("p")), Set.of(PartnerRole.GLOBAL_ADMIN), Set.of(ProgramAssociation.MPN),
            Instant.parse("2026-01-01T00:00:00Z"));

    @Test
    void anOperatorReplacesThePartnerAccountsRolesAndAssociations() {
        Account agent = admin.withAccess(Set.of(PartnerRole.ADMIN_AGENT), Set.of(ProgramAssociation.CSP));

        assertThat(agent.roles()).containsExactly(PartnerRole.ADMIN_AGENT);
        assertThat(agent.associations()).containsExactly(ProgramAssociation.CSP);
        assertThat(agent.id()).isEqualTo(admin.id());
    }

    @Test
    void aStandaloneAccountCannotBeGivenRolesAndAnAccountNeedsAnAssociation() {
        Account standalone = admin.leavingPartner();

        assertThatThrownBy(() -> standalone.withAccess(Set.of(), Set.of()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.field() + ":" + v.rule())
                        .containsExactly("accountId:NOT_A_PARTNER_ACCOUNT", "associations:REQUIRED"));
    }

    @Test
    void anAccountLeavingItsPartnerKeepsItsIdentityAndLosesEveryRight() {
        Account left = admin.leavingPartner();

        assertThat(left.partnerId()).isEmpty();
        assertThat(left.roles()).isEmpty();
        assertThat(left.associations()).isEmpty();
        assertThat(left.login()).isEqualTo(admin.login());
        assertThat(left.createdAt()).isEqualTo(admin.createdAt());
    }
}
