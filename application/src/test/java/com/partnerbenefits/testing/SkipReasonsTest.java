package com.partnerbenefits.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/** A skipped test says why on the console, whether an assumption aborted it or a condition switched it off. */
class SkipReasonsTest {

    @Test
    void aSkippedTestPrintsItsNameAndItsReason() {
        String console = consoleOf(Skipping.class);

        assertThat(console)
                .contains("[SKIPPED] " + Skipping.class.getName() + ".needsABrowser: no Chromium installed here")
                .contains("[SKIPPED] " + Skipping.class.getName() + ".switchedOff: waiting for a real MongoDB");
    }

    /** What a run of {@code type} printed, through the listener as Maven's run registers it (the service loader). */
    private static String consoleOf(Class<?> type) {
        PrintStream out = System.out;
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        System.setOut(new PrintStream(console, true, StandardCharsets.UTF_8));
        try {
            LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request().selectors(selectClass(type)).build();
            LauncherFactory.create().execute(request);
        } finally {
            System.setOut(out);
        }
        return console.toString(StandardCharsets.UTF_8);
    }

    /** Run only by the test above (Maven leaves nested classes out). */
    static class Skipping {

        @Test
        void needsABrowser() {
            Assumptions.abort("no Chromium installed here");
        }

        @Test
        @Disabled("waiting for a real MongoDB")
        void switchedOff() {
        }
    }
}
