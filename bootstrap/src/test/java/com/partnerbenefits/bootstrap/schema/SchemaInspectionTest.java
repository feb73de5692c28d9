package com.partnerbenefits.bootstrap.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.graphql.execution.SchemaReport;

/**
 * Spring for GraphQL's schema inspection, run on the whole schema as the service wires it, finds
 * nothing unmapped: every field has a data fetcher or a property of the Java type that answers it
 * (payload records, not maps), and every mapping names a field and arguments that exist.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "benefits.embedded-mongo.in-memory=true", "benefits.demo.enabled=false"})
class SchemaInspectionTest {

    @Autowired
    GraphQlSource source;

    @Autowired
    AtomicReference<SchemaReport> inspected;

    @Test
    void schemaInspectionReportsNothingUnmapped() {
        assertThat(source.schema()).isNotNull();
        SchemaReport report = inspected.get();
        assertThat(report).as("the schema was inspected").isNotNull();
        assertThat(report.unmappedFields()).as("unmapped fields in %s", report).isEmpty();
        assertThat(report.unmappedRegistrations()).as("mappings to no field in %s", report).isEmpty();
        assertThat(report.unmappedArguments()).as("unmapped arguments in %s", report).isEmpty();
        assertThat(report.skippedTypes()).as("types the inspection skipped in %s", report).isEmpty();
        assertThat(report.fieldNullnessErrors()).as("field nullness errors in %s", report).isEmpty();
        assertThat(report.argumentNullnessErrors()).as("argument nullness errors in %s", report).isEmpty();
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class KeepTheReport {

        @Bean
        AtomicReference<SchemaReport> inspected() {
            return new AtomicReference<>();
        }

        /** Replaces the startup log's report consumer (customizers run after it is set) and keeps the report. */
        @Bean
        GraphQlSourceBuilderCustomizer keepSchemaReport(AtomicReference<SchemaReport> inspected) {
            return builder -> builder.inspectSchemaMappings(inspected::set);
        }
    }
}
