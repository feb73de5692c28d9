package com.partnerbenefits.bootstrap.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A {@code benefits.*} value the service cannot work with stops the start before anything is served, with
 * Spring Boot's failure report naming the property, where it was set and why: no stack trace to read through.
 */
class BadSettingsRefuseTheStartTest {

    static Stream<Arguments> badSettings() {
        return Stream.of(
                Arguments.of("--benefits.limits.max-depth=0", "must be greater than 0"),
                Arguments.of("--benefits.limits.max-request-size=0B", "must be greater than 0"),
                Arguments.of("--benefits.store.timeout=0s", "must be greater than 0"),
                Arguments.of("--benefits.limits.timeout=-1s", "must be greater than or equal to 0"),
                Arguments.of("--benefits.rate-limit.mutations-per-window=-1", "must be greater than or equal to 0"),
                Arguments.of("--benefits.global-ids.secret= ", "must not be blank"),
                Arguments.of("--benefits.security.jwt.hmac-secret=short", "must be empty or at least 32 bytes long"),
                Arguments.of("--benefits.public-url=https://benefits.example.test/graphql",
                        "must be empty or an http(s) URL with a host and no path, query or fragment"),
                Arguments.of("--benefits.embedded-mongo.port=65536", "must be less than or equal to 65535"),
                Arguments.of("--benefits.linking.max-failed-attempts=many", "failed to convert"));
    }

    @ParameterizedTest
    @MethodSource("badSettings")
    void theStartIsRefusedWithThePropertyTheValueAndTheReason(String setting, String reason) {
        String property = setting.substring(2, setting.indexOf('='));

        RefusedStart refusal = RefusedStart.of(setting);

        assertThat(refusal.failure()).as("the start fails").isNotNull();
        assertThat(refusal.console()).contains("APPLICATION FAILED TO START")
                .contains("Origin: \"" + property + "\" from property source \"commandLineArgs\"")
                .contains("Reason: " + reason)
                .as("a report, not a stack trace").doesNotContain("\tat ");
    }
}
