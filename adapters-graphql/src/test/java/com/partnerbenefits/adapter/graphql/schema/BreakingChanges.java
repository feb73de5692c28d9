package com.partnerbenefits.adapter.graphql.schema;

import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLEnumValueDefinition;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLSchema;
import graphql.schema.diff.DiffEvent;
import graphql.schema.diff.SchemaDiff;
import graphql.schema.diff.SchemaDiffSet;
import graphql.schema.diff.reporting.CapturingReporter;
import graphql.schema.idl.UnExecutableSchemaGenerator;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The changes from one schema to the next that can break a client generated from the first:
 * graphql-java's schema diff (removed or retyped fields, arguments made required, removed enum
 * values, …, from the query and mutation roots), plus removed types and enum values that no field
 * reaches (such as {@code ErrorCode}, which documents {@code extensions.code}). Each is keyed by a
 * line such as {@code MISSING Incident.title} that a file of accepted changes can name.
 */
final class BreakingChanges {

    private BreakingChanges() {
    }

    /** Key → why it breaks, in the diff's order. */
    static Map<String, String> between(String releasedSdl, String currentSdl) {
        CapturingReporter reporter = new CapturingReporter();
        new SchemaDiff().diffSchema(SchemaDiffSet.diffSetFromSdl(releasedSdl, currentSdl), reporter);
        Map<String, String> breaking = new LinkedHashMap<>();
        reporter.getBreakages().forEach(event -> breaking.put(key(event), event.getReasonMsg()));
        unreachable(schema(releasedSdl), schema(currentSdl), breaking);
        return breaking;
    }

    /** The keys of the accepted breaking changes: one per line, {@code #} starts a comment. */
    static Set<String> accepted(String file) {
        return Arrays.stream(file.split("\\R")).map(line -> line.replaceFirst("#.*", "").strip())
                .filter(line -> !line.isEmpty()).collect(Collectors.toSet());
    }

    private static String key(DiffEvent event) {
        StringBuilder key = new StringBuilder(event.getCategory().name()).append(' ').append(event.getTypeName());
        if (event.getFieldName() != null) {
            key.append('.').append(event.getFieldName());
        }
        if (!event.getComponents().isEmpty()) {
            key.append(' ').append(String.join(",", event.getComponents()));
        }
        return key.toString();
    }

    private static void unreachable(GraphQLSchema released, GraphQLSchema current, Map<String, String> breaking) {
        for (GraphQLNamedType type : released.getAdditionalTypes().stream().map(GraphQLNamedType.class::cast).toList()) {
            GraphQLNamedType now = current.getType(type.getName()) instanceof GraphQLNamedType named ? named : null;
            if (now == null) {
                breaking.put("MISSING " + type.getName(), "The new API does not have a type called '" + type.getName() + "'");
            } else if (type instanceof GraphQLEnumType values && now instanceof GraphQLEnumType newValues) {
                for (GraphQLEnumValueDefinition value : values.getValues()) {
                    if (newValues.getValue(value.getName()) == null) {
                        breaking.put("MISSING " + type.getName() + " " + value.getName(),
                                "The new API is missing an enum value '" + value.getName() + "'");
                    }
                }
            }
        }
    }

    private static GraphQLSchema schema(String sdl) {
        return UnExecutableSchemaGenerator.makeUnExecutableSchema(SchemaFiles.parse(sdl));
    }
}
