package com.partnerbenefits.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ValidationTest {

    @Test
    void refusesControlAndInvisibleDirectionCharacters() {
        Validation validation = new Validation();

        assertThat(validation.text("name", "Contoso\u0000Ltd", 1, 50)).isFalse();
        assertThat(validation.text("name", "Contoso\u202ELtd", 1, 50)).isFalse();
        assertThat(validation.text("name", "Contoso Ltd — 東京", 1, 50)).isTrue();
    }

    @Test
    void countsCharactersNotUtf16Units() {
        Validation validation = new Validation();

        assertThat(validation.text("name", "😀😀", 1, 2)).isTrue();
        assertThat(validation.text("name", "😀😀😀", 1, 2)).isFalse();
    }

    @Test
    void blankTextBreaksTheLengthRule() {
        Validation validation = new Validation();
        validation.text("name", "   ", 1, 2);

        assertThat(validation.isValid()).isFalse();
    }
}
