package com.partnerbenefits.adapter.graphql.schema;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.language.FieldDefinition;
import graphql.language.ObjectTypeDefinition;
import graphql.schema.idl.TypeDefinitionRegistry;
import java.util.List;
import org.junit.jupiter.api.Test;

/** SPEC 4.1: every connection has {@code edges { cursor node }}, {@code nodes}, {@code totalCount} and the full {@code pageInfo}. */
class SchemaConnectionsTest {

    private final TypeDefinitionRegistry schema = SchemaFiles.parse(SchemaFiles.currentSdl());

    @Test
    void everyConnectionHasEdgesNodesTotalCountAndPageInfo() {
        List<ObjectTypeDefinition> connections = schema.getTypes(ObjectTypeDefinition.class).stream()
                .filter(type -> type.getName().endsWith("Connection")).toList();

        assertThat(connections).extracting(ObjectTypeDefinition::getName).contains("IncidentConnection", "UsageConnection");
        for (ObjectTypeDefinition connection : connections) {
            assertThat(fields(connection)).as(connection.getName()).contains("edges", "nodes", "totalCount", "pageInfo");
            String edge = connection.getName().replace("Connection", "Edge");
            assertThat(fields(objectType(edge))).as(edge)
                    .containsExactlyInAnyOrder("cursor", "node");
        }
        assertThat(fields(objectType("PageInfo")))
                .contains("hasNextPage", "hasPreviousPage", "startCursor", "endCursor");
    }

    private ObjectTypeDefinition objectType(String name) {
        ObjectTypeDefinition type = schema.getTypeOrNull(name, ObjectTypeDefinition.class);
        assertThat(type).as(name + " is an object type").isNotNull();
        return type;
    }

    private static List<String> fields(ObjectTypeDefinition type) {
        return type.getFieldDefinitions().stream().map(FieldDefinition::getName).toList();
    }
}
