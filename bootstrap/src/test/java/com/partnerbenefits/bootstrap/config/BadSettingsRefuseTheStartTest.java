package com.partnerbenefits.bootstrap.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.partnerbenefits.bootstrap.PartnerBenefitsApplication;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.builder.SpringApplicationBuilder;

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
                Arguments.of("--benefits.embedded-mongo.port=65536", "must be less than or equal to 65535"),
                Arguments.of("--benefits.linking.max-failed-attempts=many", "failed to convert"));
    }

    @ParameterizedTest
    @MethodSource("badSettings")
    void theStartIsRefusedWithThePropertyTheValueAndTheReason(String setting, String reason) {
        String property = setting.substring(2, setting.indexOf('='));

        Refusal refusal = startWith(setting);

        assertThat(refusal.failure()).as("the start fails").isNotNull();
        assertThat(refusal.console()).contains("APPLICATION FAILED TO START")
                .contains("Origin: \"" + property + "\" from property source \"commandLineArgs\"")
                .contains("Reason: " + reason)
                .as("a report, not a stack trace").doesNotContain("\tat ");
    }

    private record Refusal(Throwable failure, String console) {
    }

    /**
     * Starts the service with one bad setting, as a command-line argument. The console (where the failure
     * report goes) is read here instead of printed: the failure is this test's to assert, not news for the build.
     */
    private static Refusal startWith(String setting) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        PrintStream capture = new PrintStream(console, true, StandardCharsets.UTF_8);
        System.setOut(capture);
        System.setErr(capture);
        try {
            Throwable failure = catchThrowable(() -> new SpringApplicationBuilder(PartnerBenefitsApplication.class)
                    .run("--server.port=0", "--benefits.embedded-mongo.in-memory=true", "--benefits.demo.enabled=false",
                            setting).close());
            return new Refusal(failure, console.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }
}
