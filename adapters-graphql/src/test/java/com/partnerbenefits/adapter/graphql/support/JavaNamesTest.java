package com.partnerbenefits.adapter.graphql.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JavaNamesTest {

    @Test
    void javaClassesBecomeTheJsonKindsTheClientWrote() {
        assertThat(JavaNames.asJsonKinds("Expected a value that can be converted to type 'ID' but it was a 'LinkedHashMap'"))
                .isEqualTo("Expected a value that can be converted to type 'ID' but it was an object");
        assertThat(JavaNames.asJsonKinds("but it was a 'ArrayList'")).isEqualTo("but it was a list");
        assertThat(JavaNames.asJsonKinds("Expected 'Int' but was 'java.lang.Boolean'")).isEqualTo("Expected 'Int' but was a boolean");
        assertThat(JavaNames.asJsonKinds("'java.util.concurrent.Thing' here")).isEqualTo("a value here");
    }

    @Test
    void graphQlTypeNamesStay() {
        assertThat(JavaNames.asJsonKinds("Variable 'n' of type 'ID!'")).isEqualTo("Variable 'n' of type 'ID!'");
        assertThat(JavaNames.asJsonKinds("type 'AccountKind'")).isEqualTo("type 'AccountKind'");
    }
}
