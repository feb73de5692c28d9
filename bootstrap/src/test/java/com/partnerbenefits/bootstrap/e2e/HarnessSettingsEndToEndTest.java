package com.partnerbenefits.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;

/**
 * The suite must pass while the service runs locally on 8080 and must write nothing outside target/: an
 * in-JVM second instance takes its settings as command-line arguments, which win over application.yml.
 */
class HarnessSettingsEndToEndTest extends EndToEndTest {

    @Autowired
    MongoConnectionDetails store;

    @Test
    void aSecondInstanceRunsOnARandomPortWithoutDemoDataOnTheSharedStore() {
        try (SecondInstance second = SecondInstance.sharing(store)) {
            assertThat(second.port()).isNotEqualTo(8080).isPositive();
            assertThat(second.setting("server.port")).isEqualTo("0");
            assertThat(second.setting("benefits.demo.enabled")).isEqualTo("false");
            assertThat(second.setting("spring.mongodb.uri")).isEqualTo(store.getConnectionString().toString());
        }
    }
}
