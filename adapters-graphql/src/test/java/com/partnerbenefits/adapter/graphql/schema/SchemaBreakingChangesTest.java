package com.partnerbenefits.adapter.graphql.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The build's breaking-change check: the schema served now against the last released one
 * ({@code schema-history/released.graphqls}). Additions pass; a breaking change fails the build
 * unless its key is listed in {@code schema-history/accepted-breaking-changes.txt} (README, "Schema
 * changes").
 */
class SchemaBreakingChangesTest {

    private static final String RELEASED = SchemaFiles.resource(SchemaFiles.RELEASED);

    @Test
    void theSchemaBreaksNoClientOfTheReleasedOneUnlessTheChangeIsAccepted() {
        Set<String> accepted = BreakingChanges.accepted(SchemaFiles.resource(SchemaFiles.ACCEPTED_BREAKING_CHANGES));
        Map<String, String> unaccepted = BreakingChanges.between(RELEASED, SchemaFiles.currentSdl()).entrySet().stream()
                .filter(change -> !accepted.contains(change.getKey()))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));

        assertThat(unaccepted).as("breaking changes against %s; keep the old shape (deprecate, add beside it), or list the"
                + " key in %s with the reason", SchemaFiles.RELEASED, SchemaFiles.ACCEPTED_BREAKING_CHANGES).isEmpty();
    }

    @Test
    void additionsAndDescriptionsBreakNothing() {
        String grown = RELEASED.replace("type Incident implements Node {", """
                "An incident."
                type Incident implements Node {
                    "New."
                    firstResponseDueAt: String
                """).replace("enum IncidentStatus { OPEN WITHDRAWN }", "enum IncidentStatus { OPEN IN_PROGRESS WITHDRAWN }")
                + "\ntype Extra { name: String }\nextend type Query { extra: Extra }\n";

        assertThat(BreakingChanges.between(RELEASED, grown)).isEmpty();
    }

    @Test
    void removedRetypedAndNewlyRequiredThingsAreBreaking() {
        String broken = RELEASED.replace("    id: ID!\n    title: String!\n", "    id: ID!\n")
                .replace("    contractId: String!\n    \"Derived", "    contractId: Int!\n    \"Derived")
                .replace("incidents(first: Int = 20, after: String): IncidentConnection!\n}",
                        "incidents(first: Int = 20, after: String!): IncidentConnection!\n}")
                .replace("enum Severity { A B C }", "enum Severity { A B }")
                .replace("    TOO_MANY_ATTEMPTS\n", "");
        assertThat(broken).isNotEqualTo(RELEASED);

        assertThat(BreakingChanges.between(RELEASED, broken).keySet()).contains("MISSING Incident.title",
                "INVALID SupportContract.contractId String!,Int!", "MISSING Severity C",
                "MISSING UserErrorCode TOO_MANY_ATTEMPTS", "STRICTER Viewer.incidents String,String!");
    }

    @Test
    void aRemovedErrorCodeIsBreakingThoughNoFieldAnswersIt() {
        String current = SchemaFiles.currentSdl();
        String withoutTimeout = current.replaceFirst("\\n *\"[^\"\\n]*\"\\n *TIMEOUT\\n", "\n");
        assertThat(withoutTimeout).isNotEqualTo(current);

        assertThat(BreakingChanges.between(current, withoutTimeout)).containsOnlyKeys("MISSING ErrorCode TIMEOUT");
    }

    @Test
    void anAcceptedChangeIsNamedByItsKey() {
        assertThat(BreakingChanges.accepted("""
                # accepted for release 2: the title moved to Incident.summary
                MISSING Incident.title   # see the changelog

                """)).containsExactly("MISSING Incident.title");
    }
}
