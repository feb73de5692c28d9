package com.partnerbenefits.domain.partner;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AccountTest {

    @Test
    void loginsCompareIgnoringCase() {
        assertThat(new Login(" Alice@Contoso.com ")).isEqualTo(new Login("alice@contoso.com"));
    }
}
