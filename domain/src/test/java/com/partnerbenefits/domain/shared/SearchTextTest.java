package com.partnerbenefits.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SearchTextTest {

    @Test
    void namesLoginsAndMpnIdsAreAcceptedTrimmed() {
        assertThat(new SearchText(" Contoso (Europe) ").value()).isEqualTo("Contoso (Europe)");
        assertThat(new SearchText("ann.o'neil+test@contoso.com").value()).isEqualTo("ann.o'neil+test@contoso.com");
        assertThat(new SearchText("コントソ").value()).isEqualTo("コントソ");
        assertThat(SearchText.of(null)).isEmpty();
    }

    @Test
    void patternCharactersControlCharactersAndOverlongTextAreRefusedOnSearch() {
        assertThatThrownBy(() -> new SearchText("(a+)+$")).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.violations()).extracting(v -> v.field() + ":" + v.rule()).containsExactly("search:FORMAT"));
        assertThatThrownBy(() -> new SearchText(".*")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new SearchText("a\u0000b")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new SearchText("x".repeat(101))).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new SearchText("  ")).isInstanceOf(InvalidInputException.class);
    }
}
