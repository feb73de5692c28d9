package com.partnerbenefits.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

    @Test
    void acceptsWhatPeopleWriteJoinersVariationSelectorsCombiningMarksEveryScript() {
        Validation validation = new Validation();

        assertThat(validation.text("title", "Dev \uD83D\uDC69\u200D\uD83D\uDCBB on call", 1, 50)).as("ZWJ emoji").isTrue();
        assertThat(validation.text("title", "Pride \uD83C\uDFF3\uFE0F\u200D\uD83C\uDF08", 1, 50)).as("flag sequence").isTrue();
        assertThat(validation.text("title", "\u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645", 1, 50)).as("Persian ZWNJ").isTrue();
        assertThat(validation.text("title", "Cafe\u0301 \u0915\u094D\u200D\u0937 \u8449\uDB40\uDD00", 1, 50))
                .as("combining mark, Devanagari, ideographic variation selector").isTrue();
        assertThat(validation.multilineText("note", "line one\nline two \u263A\uFE0F", 1, 50)).isTrue();
        assertThat(validation.isValid()).isTrue();
    }

    @Test
    void refusesHalfACharacterSoWhatIsStoredIsWhatWasSent() {
        Validation validation = new Validation();

        assertThat(validation.text("title", "Cluster down \uD83D", 1, 50)).as("lone high surrogate").isFalse();
        assertThat(validation.multilineText("note", "\uDE00 tail", 1, 50)).as("lone low surrogate").isFalse();
        assertThatThrownBy(validation::throwIfInvalid).isInstanceOfSatisfying(InvalidInputException.class,
                invalid -> assertThat(invalid.violations()).extracting(FieldViolation::rule)
                        .containsOnly(ViolationRule.UNPAIRED_SURROGATE));
    }

    @Test
    void keepsRefusingBidiOverridesIsolatesAndLineSeparators() {
        Validation validation = new Validation();

        assertThat(validation.text("title", "invoice\u202Efdp.exe", 1, 50)).isFalse();
        assertThat(validation.text("title", "a\u2067b\u2069", 1, 50)).isFalse();
        assertThat(validation.text("title", "a\u2028b", 1, 50)).isFalse();
    }
}
