package com.partnerbenefits.domain.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.partnerbenefits.domain.shared.InvalidInputException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** No two different identities may map to one account: look-alikes are refused, case alone is not a difference. */
class LoginTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "\u212Aim@contoso.com",            // Kelvin sign for K
            "\uFF41dmin@contoso.com",          // full-width a
            "ad\uFB01n@contoso.com",           // fi ligature
            "\uFEFFadmin@contoso.com",         // byte-order mark
            "ad\u2060min@contoso.com",         // word joiner
            "ad\u00ADmin@contoso.com",         // soft hyphen
            "admin@contoso.com\uDB40\uDC41",   // tag character
            "ad\u200Dmin@contoso.com",         // zero-width joiner
            "admin\u0007@contoso.com",         // control character
            "admin\uD83D@contoso.com",         // half an emoji
            "\u0130lker@contoso.com",          // capital I with dot: lower-cases to the plain i
            "stra\u1E9Ee@contoso.com",         // capital sharp s: lower-cases to ß, whose capital is not itself
            "ad min@contoso.com"})
    void aLookAlikeOrInvisibleSpellingIsRefusedNotNormalised(String login) {
        assertThatThrownBy(() -> new Login(login)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void caseIsNotADifferenceAndExistingLoginsKeepTheirKey() {
        assertThat(new Login(" Alice@Contoso.com ")).isEqualTo(new Login("alice@contoso.com"));
        assertThat(new Login("KIM@contoso.com").value()).isEqualTo("kim@contoso.com");
        assertThat(new Login("ΟΔΥΣΣΕΑΣ@example.gr")).isEqualTo(new Login("οδυσσεας@example.gr"));
    }

    @Test
    void everyScriptPeopleWriteIsALogin() {
        assertThat(new Login("山田@例え.jp").value()).isEqualTo("山田@例え.jp");
        assertThat(new Login("José@Exemplo.com.br").value()).isEqualTo("josé@exemplo.com.br");
        assertThat(new Login("ıiIi@example.tr").value()).as("dotless i stays its own letter").isEqualTo("ıiii@example.tr");
    }
}
