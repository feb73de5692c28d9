package com.partnerbenefits.bootstrap.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The token helper signs exactly what was asked for: a flag it does not know is refused with the usage, exit 2. */
class TokenCommandTest {

    @Test
    void anUnknownFlagIsRefusedWithTheUsageNotIgnored() {
        Run mistyped = Run.of("token", "ops@example.com", "--oprator");
        Run twoLogins = Run.of("token", "a@example.com", "b@example.com");
        Run flagForALogin = Run.of("token", "--msa");

        for (Run refused : new Run[] {mistyped, twoLogins, flagForALogin}) {
            assertThat(refused.exit()).isEqualTo(2);
            assertThat(refused.out()).as("no token printed").isEmpty();
            assertThat(refused.err()).contains("usage: java -jar partner-benefits.jar token <login>");
        }
        assertThat(mistyped.err()).contains("unknown option: --oprator");
    }

    @Test
    void theKnownFlagsSignAToken() {
        Run signed = Run.of("token", "ops@example.com", "--operator", "--support", "--msa");

        assertThat(signed.exit()).isZero();
        assertThat(signed.out().strip()).matches("[\\w-]+\\.[\\w-]+\\.[\\w-]+");
    }

    private record Run(int exit, String out, String err) {

        static Run of(String... args) {
            PrintStream out = System.out;
            PrintStream err = System.err;
            ByteArrayOutputStream printed = new ByteArrayOutputStream();
            ByteArrayOutputStream errors = new ByteArrayOutputStream();
            System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(errors, true, StandardCharsets.UTF_8));
            try {
                int exit = TokenCommand.run(args);
                return new Run(exit, printed.toString(StandardCharsets.UTF_8), errors.toString(StandardCharsets.UTF_8));
            } finally {
                System.setOut(out);
                System.setErr(err);
            }
        }
    }
}
