package com.partnerbenefits.bootstrap.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A second copy started on the data file another copy has open stops with Boot's failure report (what happened, what
 * to do), as a port already in use does: not the store's 171-line stack trace.
 */
class DataFileInUseRefusesTheStartTest {

    @Test
    void aSecondCopyOnTheSameDataFileSaysWhatToDo(@TempDir Path data) {
        Path file = data.resolve("benefits.mv");
        try (MVStore firstCopy = new MVStore.Builder().fileName(file.toString()).open()) {
            RefusedStart refusal = RefusedStart.of("--benefits.embedded-mongo.in-memory=false",
                    "--benefits.embedded-mongo.path=" + file);

            assertThat(refusal.failure()).as("the start fails").isNotNull();
            assertThat(refusal.console()).contains("APPLICATION FAILED TO START")
                    .contains(file.toString() + " is locked")
                    .contains("Stop the other copy").contains("benefits.embedded-mongo.path").contains("spring.mongodb.uri")
                    .as("a report, not a stack trace").doesNotContain("\tat ").doesNotContain("MVStoreException");
        }
    }
}
