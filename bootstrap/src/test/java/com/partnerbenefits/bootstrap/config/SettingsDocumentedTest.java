package com.partnerbenefits.bootstrap.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every {@code benefits.*} property is explained where people look: in the IDE (the metadata Spring Boot's
 * configuration processor writes from the properties records' Javadoc) and in the README.
 */
class SettingsDocumentedTest {

    private static final Path README = Path.of("..", "README.md");

    @Test
    void everyBenefitsPropertyHasADescriptionAndARowInTheReadme() throws IOException {
        List<JsonNode> properties = benefitsProperties();
        String readme = Files.readString(README);

        assertThat(properties).as("the processor ran").extracting(p -> p.get("name").asString())
                .contains("benefits.limits.max-depth", "benefits.linking.attempt-window", "benefits.store.repair-interval",
                        "benefits.security.jwt.hmac-secret", "benefits.global-ids.secret", "benefits.demo.enabled");
        for (JsonNode property : properties) {
            String name = property.get("name").asString();
            assertThat(property.path("description").asString()).as(name + " has a description").isNotBlank();
            assertThat(readme).as(name + " is in the README").contains("`" + name + "`");
        }
    }

    private static List<JsonNode> benefitsProperties() throws IOException {
        try (InputStream metadata = SettingsDocumentedTest.class.getResourceAsStream(
                "/META-INF/spring-configuration-metadata.json")) {
            assertThat(metadata).as("spring-configuration-metadata.json on the classpath").isNotNull();
            JsonNode root = JsonMapper.builder().build().readTree(metadata);
            return root.get("properties").valueStream()
                    .filter(property -> property.get("name").asString().startsWith("benefits.")).toList();
        }
    }
}
