package com.partnerbenefits.bootstrap.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.partnerbenefits.application.port.in.Caller;
import com.partnerbenefits.domain.partner.AccountKind;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** SPEC 5.2: who a page's ID token names, and as which kind of account when first seen. */
class IdTokenCallersTest {

    @Test
    void theConsumerTenantsTidIsAnMsaAccount() {
        Caller caller = CallerClaims.fromIdToken(Map.of("email", "someone@outlook.com",
                "tid", "9188040d-6c67-4c5b-b112-36a304b66dad"), "email", AccountKind.AAD);

        assertThat(caller.kindWhenFirstSeen()).isEqualTo(AccountKind.MSA);
    }

    @Test
    void anyOtherTidIsAnAadAccountWhateverTheDefault() {
        Caller caller = CallerClaims.fromIdToken(Map.of("email", "owner@adatum.com",
                "tid", "5f0bd1a2-1c2d-4e5f-8a9b-0c1d2e3f4a5b"), "email", AccountKind.MSA);

        assertThat(caller.kindWhenFirstSeen()).isEqualTo(AccountKind.AAD);
    }

    @Test
    void withoutTidTheConfiguredDefaultKind() {
        assertThat(CallerClaims.fromIdToken(Map.of("email", "a@b.example"), "email", AccountKind.MSA).kindWhenFirstSeen())
                .isEqualTo(AccountKind.MSA);
        assertThat(CallerClaims.fromIdToken(Map.of("email", "a@b.example"), "email", AccountKind.AAD).kindWhenFirstSeen())
                .isEqualTo(AccountKind.AAD);
    }

    @Test
    void theLoginIsTheConfiguredClaimElsePreferredUsernameUnderTheSameRulesAsABearerSub() {
        assertThat(CallerClaims.fromIdToken(Map.of("upn", "Alice@Contoso.com", "email", "x@y.example"), "upn",
                AccountKind.AAD).login().value()).isEqualTo("alice@contoso.com");
        assertThat(CallerClaims.fromIdToken(Map.of("preferred_username", "bob@contoso.com"), "email",
                AccountKind.AAD).login().value()).isEqualTo("bob@contoso.com");
        assertThatThrownBy(() -> CallerClaims.fromIdToken(Map.of("sub", "x"), "email", AccountKind.AAD))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CallerClaims.fromIdToken(Map.of("email", "bad\u0000login"), "email", AccountKind.AAD))
                .isInstanceOf(RuntimeException.class);
    }

    @Test
    void rolesComeFromTheIdTokensRolesClaimAsFromABearerToken() {
        Caller caller = CallerClaims.fromIdToken(Map.of("email", "eng@contoso.com", "roles", List.of("benefits.support")),
                "email", AccountKind.AAD);

        assertThat(caller.supportEngineer()).isTrue();
        assertThat(caller.operator()).isFalse();
    }
}
