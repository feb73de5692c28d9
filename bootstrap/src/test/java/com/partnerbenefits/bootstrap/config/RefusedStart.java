package com.partnerbenefits.bootstrap.config;

import static org.assertj.core.api.Assertions.catchThrowable;

import com.partnerbenefits.bootstrap.PartnerBenefitsApplication;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** A start of the service that is expected to be refused, and what it printed. */
public record RefusedStart(Throwable failure, String console) {

    /**
     * Starts the service (random port, in-memory store, no demo, unless an argument sets one of those) with these
     * further command-line arguments. The
     * console (where the failure report goes) is read here instead of printed: the failure is the test's to assert,
     * not news for the build.
     */
    public static RefusedStart of(String... arguments) {
        Stream<String> defaults = Stream.of("--server.port=0", "--benefits.embedded-mongo.in-memory=true",
                "--benefits.demo.enabled=false").filter(setting -> Stream.of(arguments)
                        .noneMatch(argument -> argument.startsWith(setting.substring(0, setting.indexOf('=') + 1))));
        String[] all = Stream.concat(defaults, Stream.of(arguments)).toArray(String[]::new);
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        PrintStream capture = new PrintStream(console, true, StandardCharsets.UTF_8);
        System.setOut(capture);
        System.setErr(capture);
        try {
            Throwable failure = catchThrowable(() -> new SpringApplicationBuilder(PartnerBenefitsApplication.class)
                    .run(all).close());
            return new RefusedStart(failure, console.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }
}
